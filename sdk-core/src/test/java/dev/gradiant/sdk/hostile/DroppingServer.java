package dev.gradiant.sdk.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that answers the first request it receives with {@code 200} and the given
 * body on a kept-alive connection, then reads every later request whole and closes its connection
 * without a byte of answer: the request was processed, the answer was lost. The second request
 * arrives on the pooled connection of the first, the case where OkHttp would silently send it
 * again. Each dropped request is counted before its connection is closed, so a client that has seen
 * the failure sees the count.
 */
final class DroppingServer implements AutoCloseable {
  /** More connections than any test makes: the accept loop ends there at the latest. */
  private static final int MAX_CONNECTIONS = 100;

  private final ServerSocket socket;
  private final byte[] firstAnswer;
  private final AtomicInteger dropped = new AtomicInteger();
  private boolean answered;

  /**
   * @param firstBody the JSON body of the answer to the first request
   */
  DroppingServer(String firstBody) {
    this.firstAnswer = answer(firstBody);
    try {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::serve, "dropping-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@return the base URL to give the client} */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
  }

  /** {@return how many whole requests reached the server and were dropped unanswered} */
  int dropped() {
    return dropped.get();
  }

  private void serve() {
    for (int i = 0; i < MAX_CONNECTIONS && !socket.isClosed(); i++) {
      try (Socket connection = socket.accept()) {
        InputStream in = connection.getInputStream();
        if (RawRequestReader.read(in) == null) {
          continue;
        }
        if (!answered) {
          answered = true;
          OutputStream out = connection.getOutputStream();
          out.write(firstAnswer);
          out.flush();
          if (RawRequestReader.read(in) == null) {
            continue;
          }
        }
        dropped.incrementAndGet();
      } catch (IOException e) {
        // the server was closed, or the client went away first: nothing more was processed
      }
    }
  }

  private static byte[] answer(String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + bytes.length
            + "\r\n\r\n";
    byte[] whole = new byte[head.length() + bytes.length];
    System.arraycopy(head.getBytes(StandardCharsets.ISO_8859_1), 0, whole, 0, head.length());
    System.arraycopy(bytes, 0, whole, head.length(), bytes.length);
    return whole;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
