package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * The first bytes of a new connection, read up to the end of the first request's head (at most
 * {@value #MAX_BYTES} bytes): enough to tell a WebSocket upgrade from a plain HTTP request. What
 * was read, possibly the start of a body too, is handed on with the connection.
 */
final class RequestHead {
  /** The most bytes read before deciding; a longer head is left for the HTTP server to refuse. */
  static final int MAX_BYTES = 16 * 1024;

  private final byte[] bytes;

  private RequestHead(byte[] bytes) {
    this.bytes = bytes;
  }

  /**
   * Reads until the head's blank line, the end of the stream, or {@value #MAX_BYTES} bytes.
   *
   * @param in the connection's input
   * @return what was read
   * @throws IOException if reading fails
   */
  static RequestHead read(InputStream in) throws IOException {
    byte[] buffer = new byte[MAX_BYTES];
    int length = 0;
    while (length < MAX_BYTES && end(buffer, length) < 0) {
      int n = in.read(buffer, length, MAX_BYTES - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    return new RequestHead(Arrays.copyOf(buffer, length));
  }

  /**
   * @param head a request's head
   * @return it, to classify and frame
   */
  static RequestHead of(byte[] head) {
    return new RequestHead(head.clone());
  }

  /** {@return every byte read, to be replayed to whoever serves the connection} */
  byte[] bytes() {
    return bytes.clone();
  }

  /** {@return whether nothing was read: the client closed the connection unused} */
  boolean isEmpty() {
    return bytes.length == 0;
  }

  /**
   * @param paths the paths served over WebSocket, e.g. {@code /v1/realtime}
   * @return whether this is a {@code GET} of one of {@code paths} (query aside) asking for {@code
   *     Upgrade: websocket}
   */
  boolean isWebSocketUpgrade(Set<String> paths) {
    int end = end(bytes, bytes.length);
    if (end < 0) {
      return false;
    }
    String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] requestLine = lines[0].split(" ");
    if (requestLine.length != 3 || !requestLine[0].equals("GET")) {
      return false;
    }
    String target = requestLine[1];
    int query = target.indexOf('?');
    if (!paths.contains(query < 0 ? target : target.substring(0, query))) {
      return false;
    }
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase("Upgrade")) {
        for (String token : lines[i].substring(colon + 1).split(",")) {
          if (token.strip().toLowerCase(Locale.ROOT).equals("websocket")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** {@return whether the head is complete, through its blank line} */
  boolean isComplete() {
    return end(bytes, bytes.length) >= 0;
  }

  /**
   * {@return whether the body is chunked: {@code Transfer-Encoding: chunked} exactly (in any case),
   * as the JDK's HTTP server reads it, so that both see the same end of the body; any other coding
   * is not framed here}
   */
  boolean isChunked() {
    String coding = header("Transfer-Encoding");
    return coding != null && coding.strip().equalsIgnoreCase("chunked");
  }

  /** {@return the body's {@code Content-Length}, 0 without one, or -1 if it is not a number} */
  long contentLength() {
    String length = header("Content-Length");
    if (length == null) {
      return 0;
    }
    try {
      long value = Long.parseLong(length.strip());
      return value < 0 ? -1 : value;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@return the first value of a header, or null} */
  private String header(String name) {
    int end = end(bytes, bytes.length);
    String[] lines =
        new String(bytes, 0, end < 0 ? bytes.length : end, StandardCharsets.ISO_8859_1)
            .split("\r\n");
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0 && lines[i].substring(0, colon).strip().equalsIgnoreCase(name)) {
        return lines[i].substring(colon + 1).strip();
      }
    }
    return null;
  }

  /**
   * {@return the index of the head's closing CRLF CRLF in the first {@code length} bytes, or -1}
   */
  private static int end(byte[] buffer, int length) {
    for (int i = 0; i + 3 < length; i++) {
      if (buffer[i] == '\r'
          && buffer[i + 1] == '\n'
          && buffer[i + 2] == '\r'
          && buffer[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
