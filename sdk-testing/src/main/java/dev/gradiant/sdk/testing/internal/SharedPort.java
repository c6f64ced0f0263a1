package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's one public port. It reads the head of each new connection's first request: a
 * WebSocket upgrade of the live feed or of GraphQL subscriptions is handed, with the bytes read, to
 * the feed server; every other connection is piped to the JDK HTTP server, which listens on a
 * loopback port of its own (it cannot be given a socket) and serves REST and GraphQL over HTTP. A
 * piped connection that later asks for an upgrade is handed over then ({@link BytePipe}).
 */
public final class SharedPort implements AutoCloseable {
  private final ServerSocket listener;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads;
  private final Runnable afterFailedAccept;

  /** Takes over the connections that ask for a WebSocket upgrade: the feed server. */
  public interface Upgrades {
    /**
     * Takes over a connection whose first request is a WebSocket upgrade.
     *
     * @param socket the connection
     * @param read the bytes already read from it
     * @throws IOException if it cannot be taken over
     */
    void hand(Socket socket, byte[] read) throws IOException;
  }

  /**
   * Binds the port on 127.0.0.1; connections wait until {@link #start}.
   *
   * @param port the port, or 0 for any free one
   * @throws UncheckedIOException if the port cannot be bound
   */
  public SharedPort(int port) {
    this(bind(port));
  }

  private SharedPort(ServerSocket listener) {
    this(
        listener,
        threads("gradiant-sandbox-port-" + listener.getLocalPort() + "-"),
        SharedPort::pause);
  }

  /**
   * The seam of the tests: where connections come from, the threads that serve them, and the pause
   * after a failed accept.
   *
   * @param listener accepts the connections
   * @param threads runs the accept loop and serves each connection
   * @param afterFailedAccept waits a little after an accept failed while the port is open
   */
  SharedPort(ServerSocket listener, ExecutorService threads, Runnable afterFailedAccept) {
    this.listener = listener;
    this.threads = threads;
    this.afterFailedAccept = afterFailedAccept;
  }

  private static ExecutorService threads(String name) {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(
        0,
        Integer.MAX_VALUE,
        30,
        TimeUnit.SECONDS,
        new SynchronousQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, name + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }

  private static ServerSocket bind(int port) {
    ServerSocket socket = null;
    try {
      socket = new ServerSocket();
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
      return socket;
    } catch (IOException e) {
      if (socket != null) {
        try {
          socket.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new UncheckedIOException("Cannot bind 127.0.0.1:" + port, e);
    }
  }

  /** {@return the bound port} */
  public int port() {
    return listener.getLocalPort();
  }

  /**
   * Starts accepting connections.
   *
   * @param http the HTTP server's address
   * @param upgrades the server of WebSocket upgrades
   * @param paths the paths served over WebSocket
   */
  public void start(InetSocketAddress http, Upgrades upgrades, Set<String> paths) {
    threads.execute(
        () -> {
          boolean going;
          do {
            going = acceptNext(http, upgrades, paths);
          } while (going);
        });
  }

  /**
   * Accepts one connection and hands it to a thread that serves it; the accept loop's one step.
   *
   * @param http the HTTP server's address
   * @param upgrades the server of WebSocket upgrades
   * @param paths the paths served over WebSocket
   * @return whether the port is still open (the loop goes on)
   */
  boolean acceptNext(InetSocketAddress http, Upgrades upgrades, Set<String> paths) {
    Socket client;
    try {
      client = listener.accept();
    } catch (IOException e) {
      if (listener.isClosed()) {
        return false;
      }
      afterFailedAccept.run(); // a failing accept (no file descriptors left?) is not retried hot
      return true;
    }
    open.removeIf(Socket::isClosed);
    open.add(client);
    if (listener.isClosed()) {
      // close() ran between accept and add: it did not see this connection.
      BytePipe.close(client);
      return false;
    }
    try {
      threads.execute(() -> serve(client, http, upgrades, paths));
    } catch (RejectedExecutionException e) {
      BytePipe.close(client); // the port is closing
      return false;
    }
    return true;
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void serve(Socket client, InetSocketAddress http, Upgrades upgrades, Set<String> paths) {
    Socket server = new Socket();
    try {
      client.setTcpNoDelay(true);
      RequestHead head = RequestHead.read(client.getInputStream());
      if (head.isEmpty()) {
        BytePipe.closeBoth(client, server);
      } else if (head.isWebSocketUpgrade(paths)) {
        open.remove(client);
        upgrades.hand(client, head.bytes());
      } else {
        open.add(server);
        server.setTcpNoDelay(true);
        server.connect(http);
        BytePipe.join(client, head.bytes(), server, threads, upgrades, paths);
      }
    } catch (IOException | RuntimeException e) {
      BytePipe.closeBoth(client, server);
    } finally {
      open.removeIf(Socket::isClosed);
    }
  }

  /** Stops accepting and closes every connection it still pipes. */
  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException e) {
        // closing anyway
      }
    }
    open.clear();
    threads.shutdownNow();
  }
}
