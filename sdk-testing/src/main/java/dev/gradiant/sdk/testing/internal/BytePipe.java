package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.Executor;

/**
 * Joins a client's connection to one opened to the HTTP server, byte for byte, both ways, with the
 * client's first bytes (already read) sent first. The HTTP server decides the connection's life: a
 * client that half-closes is half-closed to the server, and when the server closes, or either side
 * fails, both connections close, so the client sees what the server did (an answer then the end,
 * or a connection closed unanswered).
 */
final class BytePipe {
  private static final int CHUNK = 64 * 1024;

  private BytePipe() {}

  /**
   * Copies client to server on this thread and server to client on one from {@code threads};
   * returns when the client's side is done.
   *
   * @param client the accepted connection
   * @param first what was already read from it
   * @param server the connection to the HTTP server
   * @param threads runs the server-to-client copy
   */
  static void join(Socket client, byte[] first, Socket server, Executor threads) {
    try {
      server.getOutputStream().write(first);
      threads.execute(() -> answers(server, client));
      if (copy(client.getInputStream(), server.getOutputStream())) {
        server.shutdownOutput();
      } else {
        closeBoth(client, server);
      }
    } catch (IOException | RuntimeException e) {
      closeBoth(client, server);
    }
  }

  private static void answers(Socket server, Socket client) {
    try {
      copy(server.getInputStream(), client.getOutputStream());
    } catch (IOException e) {
      // the same end as below
    } finally {
      closeBoth(client, server);
    }
  }

  /** {@return true at the end of {@code in}, false if either side failed} */
  private static boolean copy(InputStream in, OutputStream out) {
    byte[] chunk = new byte[CHUNK];
    try {
      for (int n; (n = in.read(chunk)) >= 0; ) {
        out.write(chunk, 0, n);
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void closeBoth(Socket client, Socket server) {
    close(client);
    close(server);
  }

  private static void close(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closed already
    }
  }
}
