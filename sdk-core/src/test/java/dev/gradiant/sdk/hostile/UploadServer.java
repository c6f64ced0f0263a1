package dev.gradiant.sdk.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A server on 127.0.0.1 for uploads, one request per connection, handled in turn: each request is
 * read as its {@link Mode} says (the last mode repeats). It records, for each request, its head,
 * the body bytes it read, and how many bytes the client's source had produced when the first body
 * byte arrived. A request is recorded before its connection is closed or answered, so a client that
 * has seen the outcome of an attempt sees it recorded.
 */
final class UploadServer implements AutoCloseable {
  private static final int MAX_CONNECTIONS = 10;
  private static final int DROP_AFTER = 64 * 1024;

  /** What the server does with one request. */
  enum Mode {
    /** Reads 64 KiB of the body, then resets the connection: the upload is cut short. */
    DROP_MID_BODY,
    /** Reads the whole {@code Content-Length} body and answers {@code 201} with a message. */
    ANSWER,
    /** Reads until the client closes the connection, answering nothing. */
    DRAIN
  }

  /**
   * One request as the server saw it.
   *
   * @param head the request line and headers
   * @param body the body bytes read (all of them for {@link Mode#ANSWER} and {@link Mode#DRAIN})
   * @param producedAtFirstByte the client's source count when the first body byte arrived
   */
  record Seen(String head, byte[] body, long producedAtFirstByte) {
    String header(String name) {
      for (String line : head.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  static final String CREATED =
      "{\"data\": {\"id\": \"msg_124\", \"conversationId\": \"conv_123\", \"senderId\":"
          + " \"user_123\", \"messageType\": \"file\", \"createdAt\": \"2024-01-01T10:05:00Z\"},"
          + " \"meta\": {\"requestId\": \"req_123\", \"timestamp\": \"2024-01-01T10:05:00Z\"}}";

  private final ServerSocket socket;
  private final List<Mode> modes;
  private final LongSupplier produced;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Semaphore recorded = new Semaphore(0);

  /**
   * @param port the port to listen on, 0 for any
   * @param produced how many bytes the client's source has produced so far
   * @param modes what to do with the first, second, ... request; the last repeats
   */
  UploadServer(int port, LongSupplier produced, Mode... modes) {
    this.modes = List.of(modes);
    this.produced = produced;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::serve, "upload-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
  }

  List<Seen> seen() {
    return List.copyOf(seen);
  }

  /**
   * {@return the requests seen, once there are {@code count}} For {@link Mode#DRAIN}, which records
   * a request when the client has closed its connection, possibly after the client's call has
   * ended. Waits at most 30 s, as a guard against a hanging test, not as a timing assumption.
   */
  List<Seen> awaitSeen(int count) throws InterruptedException {
    if (!recorded.tryAcquire(count, 30, TimeUnit.SECONDS)) {
      throw new AssertionError("the server saw " + seen.size() + " requests, not " + count);
    }
    recorded.release(count);
    return seen();
  }

  private void serve() {
    for (int i = 0; i < MAX_CONNECTIONS && !socket.isClosed(); i++) {
      try (Socket connection = socket.accept()) {
        Mode mode = modes.get(Math.min(i, modes.size() - 1));
        handle(connection, mode);
      } catch (IOException e) {
        // the server was closed, or the client went away: nothing more to read
      }
    }
  }

  private void handle(Socket connection, Mode mode) throws IOException {
    InputStream in = connection.getInputStream();
    String head = readHead(in);
    if (head == null) {
      return;
    }
    int first = in.read();
    long atFirst = produced.getAsLong();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (first >= 0) {
      body.write(first);
    }
    long length = contentLength(head);
    byte[] buffer = new byte[8192];
    while (first >= 0) {
      long wanted =
          switch (mode) {
            case DROP_MID_BODY -> DROP_AFTER - body.size();
            case ANSWER -> length - body.size();
            case DRAIN -> buffer.length;
          };
      if (wanted <= 0) {
        break;
      }
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, wanted));
      if (read < 0) {
        break;
      }
      body.write(buffer, 0, read);
    }
    seen.add(new Seen(head, body.toByteArray(), atFirst));
    recorded.release();
    if (mode == Mode.DROP_MID_BODY) {
      connection.setSoLinger(true, 0);
    } else if (mode == Mode.ANSWER) {
      byte[] answer = CREATED.getBytes(StandardCharsets.UTF_8);
      OutputStream out = connection.getOutputStream();
      out.write(
          ("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                  + "Content-Length: "
                  + answer.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(answer);
      out.flush();
    }
  }

  private static long contentLength(String head) {
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        return Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    return -1;
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (matched < 4 && head.size() < 64 * 1024) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
