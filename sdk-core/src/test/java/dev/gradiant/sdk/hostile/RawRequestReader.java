package dev.gradiant.sdk.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Reads one HTTP/1.1 request (head, then a {@code Content-Length} body) off a raw socket. */
final class RawRequestReader {
  /** A request head longer than this is not an SDK request: the reader gives up. */
  private static final int MAX_HEAD = 64 * 1024;

  private RawRequestReader() {}

  /**
   * Reads the request's head and body.
   *
   * @return the request line (e.g. {@code GET /v1/user HTTP/1.1}), or {@code null} if the
   *     connection ended before a whole request arrived
   */
  static String read(InputStream in) throws IOException {
    String head = readHead(in);
    if (head == null) {
      return null;
    }
    long length = 0;
    for (String line : head.split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    for (long i = 0; i < length; i++) {
      if (in.read() < 0) {
        return null;
      }
    }
    return head.substring(0, head.indexOf("\r\n"));
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    while (head.size() < MAX_HEAD) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
      if (matched == 4) {
        return head.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }
}
