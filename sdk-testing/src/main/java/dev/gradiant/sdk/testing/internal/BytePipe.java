package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;

/**
 * Joins a client's connection to one opened to the HTTP server, both ways. Client to server, it
 * follows the requests' framing ({@link RequestReader}): when a request on the connection asks for
 * a WebSocket upgrade (a client may send one on a connection it used for plain requests; OkHttp
 * does when REST and the WebSocket share a connection pool and the HTTP/1.1 protocol), the pipe
 * half-closes the server's connection, lets the server finish the answers it owes and close, and
 * hands the client's connection, the upgrade request put back, to the feed server. Otherwise the
 * HTTP server decides the connection's life: a client that half-closes is half-closed to the
 * server, and when the server closes, or either side fails, both close, so the client sees what the
 * server did (an answer then the end, or a connection closed unanswered).
 */
final class BytePipe {
  private static final int CHUNK = 64 * 1024;

  private final Socket client;
  private final Socket server;
  private final CountDownLatch answered = new CountDownLatch(1);
  private volatile boolean switching;

  private BytePipe(Socket client, Socket server) {
    this.client = client;
    this.server = server;
  }

  /**
   * Pipes the connection on this thread (client to server) and one from {@code threads} (server to
   * client); returns when the client's side is done or handed over.
   *
   * @param client the accepted connection
   * @param first what was already read from it
   * @param server the connection to the HTTP server
   * @param threads runs the server-to-client copy
   * @param upgrades takes a connection over for a WebSocket upgrade
   * @param paths the paths served over WebSocket
   */
  static void join(
      Socket client,
      byte[] first,
      Socket server,
      Executor threads,
      SharedPort.Upgrades upgrades,
      Set<String> paths) {
    BytePipe pipe = new BytePipe(client, server);
    try {
      threads.execute(pipe::answers);
      pipe.requests(first, upgrades, paths);
    } catch (IOException | RuntimeException e) {
      closeBoth(client, server);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      closeBoth(client, server);
    }
  }

  private void requests(byte[] first, SharedPort.Upgrades upgrades, Set<String> paths)
      throws IOException, InterruptedException {
    RequestReader reader = new RequestReader(first, client.getInputStream());
    OutputStream out = server.getOutputStream();
    while (true) {
      byte[] bytes = reader.head();
      if (bytes == null) {
        server.shutdownOutput();
        return;
      }
      RequestHead head = RequestHead.of(bytes);
      if (head.isWebSocketUpgrade(paths)) {
        switching = true;
        server.shutdownOutput();
        answered.await();
        server.close();
        byte[] rest = reader.rest();
        byte[] handed = java.util.Arrays.copyOf(bytes, bytes.length + rest.length);
        System.arraycopy(rest, 0, handed, bytes.length, rest.length);
        upgrades.hand(client, handed);
        return;
      }
      out.write(bytes);
      long length = head.contentLength();
      boolean framed =
          head.isComplete()
              && (head.isChunked()
                  ? reader.copyChunks(out)
                  : length >= 0 && reader.copy(length, out));
      if (!framed) {
        // Cut short or not HTTP/1.1 as it knows it: the server answers it; no further request is
        // looked for on this connection.
        out.write(reader.rest());
        copy(client.getInputStream(), out);
        server.shutdownOutput();
        return;
      }
    }
  }

  private void answers() {
    try {
      copy(server.getInputStream(), client.getOutputStream());
    } catch (IOException e) {
      // the same end as below
    } finally {
      if (switching) {
        close(server);
      } else {
        closeBoth(client, server);
      }
      answered.countDown();
    }
  }

  private static void copy(java.io.InputStream in, OutputStream out) throws IOException {
    byte[] chunk = new byte[CHUNK];
    for (int n; (n = in.read(chunk)) >= 0; ) {
      out.write(chunk, 0, n);
    }
  }

  static void closeBoth(Socket client, Socket server) {
    close(client);
    close(server);
  }

  static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closed already
    }
  }
}
