package dev.gradiant.sdk.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that answers every request with a body of {@link #BODY_BYTES}, written in
 * blocks for as long as the client takes them, framed one of three ways ({@link Framing}). For each
 * connection it records how many body bytes it managed to write before the client hung up.
 */
final class FloodingServer implements AutoCloseable {
  /** The body actually written, at most: far more than any socket buffers hold. */
  static final long BODY_BYTES = 64L * 1024 * 1024;

  /** The length a {@link Framing#DECLARED_HUGE} answer declares: 10 GB. */
  static final long DECLARED_HUGE_LENGTH = 10_000_000_000L;

  private static final int BLOCK = 64 * 1024;
  private static final int MAX_CONNECTIONS = 10;

  /** How the body's length is told. */
  enum Framing {
    /** {@code Transfer-Encoding: chunked}: no length up front. */
    CHUNKED,
    /** Neither length nor chunks: the body ends when the connection closes. */
    UNTIL_CLOSE,
    /** {@code Content-Length} of 10 GB (of which at most {@link #BODY_BYTES} follow). */
    DECLARED_HUGE
  }

  private final ServerSocket socket;
  private final int status;
  private final Framing framing;
  private final AtomicInteger requests = new AtomicInteger();
  private final BlockingQueue<Long> written = new LinkedBlockingQueue<>();
  private volatile Socket current;

  FloodingServer(int status, Framing framing) {
    this.status = status;
    this.framing = framing;
    try {
      socket = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::serve, "flooding-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** {@return the base URL to give the client} */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1";
  }

  /** {@return how many requests reached the server} */
  int requests() {
    return requests.get();
  }

  /**
   * {@return the body bytes written on the next connection before the client hung up, or {@link
   * #BODY_BYTES} if it took them all} Waits for that connection's end (at most 30 s, a hang guard).
   */
  long bodyBytesWritten() throws InterruptedException {
    Long bytes = written.poll(30, TimeUnit.SECONDS);
    if (bytes == null) {
      throw new AssertionError("the flooding server's connection did not end within 30 s");
    }
    return bytes;
  }

  private void serve() {
    for (int i = 0; i < MAX_CONNECTIONS && !socket.isClosed(); i++) {
      try (Socket connection = socket.accept()) {
        current = connection;
        if (RawRequestReader.read(connection.getInputStream()) == null) {
          continue;
        }
        requests.incrementAndGet();
        written.add(flood(connection.getOutputStream()));
      } catch (IOException e) {
        // the server was closed
      }
    }
  }

  /** Writes the head and the body; {@return the body bytes written before a write failed} */
  private long flood(OutputStream out) {
    long sent = 0;
    try {
      out.write(head().getBytes(StandardCharsets.ISO_8859_1));
      byte[] block = new byte[BLOCK];
      Arrays.fill(block, (byte) 'a');
      byte[] chunkHead = (Integer.toHexString(BLOCK) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
      while (sent < BODY_BYTES) {
        if (framing == Framing.CHUNKED) {
          out.write(chunkHead);
        }
        out.write(block);
        if (framing == Framing.CHUNKED) {
          out.write(crlf);
        }
        sent += BLOCK;
      }
      if (framing == Framing.CHUNKED) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException e) {
      // the client hung up: what was written so far is the answer
    }
    return sent;
  }

  private String head() {
    String length =
        switch (framing) {
          case CHUNKED -> "Transfer-Encoding: chunked\r\n";
          case UNTIL_CLOSE -> "Connection: close\r\n";
          case DECLARED_HUGE -> "Content-Length: " + DECLARED_HUGE_LENGTH + "\r\n";
        };
    return "HTTP/1.1 "
        + status
        + " Whatever\r\nContent-Type: application/json\r\n"
        + length
        + "\r\n";
  }

  @Override
  public void close() throws IOException {
    socket.close();
    Socket connection = current;
    if (connection != null) {
      connection.close();
    }
  }
}
