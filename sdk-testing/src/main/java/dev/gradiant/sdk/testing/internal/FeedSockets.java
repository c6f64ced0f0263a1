package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import javax.net.ServerSocketFactory;

/**
 * The feed server's "listening" socket, which listens on no port of its own: the sandbox's shared
 * port {@link #hand hands} it the connections that ask for a WebSocket upgrade, and its {@code
 * accept()} returns them, the bytes already read put back. It remembers every connection so that
 * {@link #dropAll()} can end them without a close frame, as a lost network would (a server-side
 * OkHttp WebSocket cannot be cancelled).
 */
final class FeedSockets extends ServerSocketFactory {
  private final Set<Socket> accepted = ConcurrentHashMap.newKeySet();
  private final BlockingQueue<Socket> handed = new LinkedBlockingQueue<>();
  private final Socket closing = new Socket();
  private final int port;
  private volatile boolean closed;

  /**
   * @param port the shared port, reported as the feed server's own
   */
  FeedSockets(int port) {
    this.port = port;
  }

  /**
   * Gives the feed server a connection; closes it if the feed server has stopped.
   *
   * @param socket the accepted connection
   * @param read the bytes already read from it
   * @throws IOException if its input cannot be opened
   */
  void hand(Socket socket, byte[] read) throws IOException {
    accepted.removeIf(Socket::isClosed);
    accepted.add(socket);
    handed.add(new HandedSocket(socket, read));
    if (closed) {
      dropAll();
    }
  }

  /** Closes every handed connection at the TCP level. */
  void dropAll() {
    for (Socket socket : accepted) {
      accepted.remove(socket);
      try {
        socket.close();
      } catch (IOException e) {
        // Already gone: nothing to drop.
      }
    }
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new Handoff();
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    throw new UnsupportedOperationException("the feed server listens on the shared port");
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    throw new UnsupportedOperationException("the feed server listens on the shared port");
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
      throws IOException {
    throw new UnsupportedOperationException("the feed server listens on the shared port");
  }

  /** A server socket that binds nothing and accepts what the shared port hands over. */
  private final class Handoff extends ServerSocket {
    Handoff() throws IOException {
      super();
    }

    @Override
    public void bind(SocketAddress endpoint, int backlog) {
      // The shared port is bound already.
    }

    @Override
    public void setReuseAddress(boolean on) {
      // Nothing is bound here.
    }

    @Override
    public boolean isBound() {
      return true;
    }

    @Override
    public int getLocalPort() {
      return port;
    }

    @Override
    public InetAddress getInetAddress() {
      return InetAddress.getLoopbackAddress();
    }

    @Override
    public Socket accept() throws IOException {
      Socket next;
      try {
        next = handed.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SocketException("Interrupted");
      }
      if (next == closing) {
        handed.add(closing);
        throw new SocketException("Socket closed");
      }
      return next;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public void close() {
      closed = true;
      handed.add(closing);
    }
  }
}
