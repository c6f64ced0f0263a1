package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Reads a connection's requests in their HTTP/1.1 framing, copying each to the HTTP server as it
 * goes: a head up to its blank line, a body of {@code Content-Length} bytes or in chunks. Knowing
 * where each request begins lets the pipe notice a WebSocket upgrade sent on a connection that
 * carried plain requests before.
 */
final class RequestReader {
  private static final int MAX_LINE = 8 * 1024;

  private final InputStream in;
  private byte[] buffer;
  private int start;
  private int end;

  /**
   * @param first bytes already read from the connection, read again first
   * @param in the rest of the connection
   */
  RequestReader(byte[] first, InputStream in) {
    this.in = in;
    this.buffer = Arrays.copyOf(first, Math.max(first.length, 64 * 1024));
    this.end = first.length;
  }

  /**
   * Reads the next request's head, through its blank line.
   *
   * @return the head, or {@code null} at the end of the connection before any byte, or a head cut
   *     short by the end of the connection or longer than {@link RequestHead#MAX_BYTES}
   * @throws IOException if reading fails
   */
  byte[] head() throws IOException {
    while (true) {
      for (int i = start; i + 3 < end; i++) {
        if (buffer[i] == '\r'
            && buffer[i + 1] == '\n'
            && buffer[i + 2] == '\r'
            && buffer[i + 3] == '\n') {
          return take(i + 4 - start);
        }
      }
      if (end - start >= RequestHead.MAX_BYTES || !fill()) {
        return end == start ? null : take(end - start);
      }
    }
  }

  /** {@return the bytes read and not yet taken} */
  byte[] rest() {
    return take(end - start);
  }

  /**
   * Copies {@code count} bytes to {@code out}.
   *
   * @return whether they were all there
   */
  boolean copy(long count, OutputStream out) throws IOException {
    long left = count;
    while (left > 0) {
      if (start == end && !fill()) {
        return false;
      }
      int n = (int) Math.min(left, end - start);
      out.write(buffer, start, n);
      start += n;
      left -= n;
    }
    return true;
  }

  /**
   * Copies a chunked body, trailers included, to {@code out}.
   *
   * @return whether it was complete and well-formed
   */
  boolean copyChunks(OutputStream out) throws IOException {
    while (true) {
      byte[] line = line(out);
      if (line == null) {
        return false;
      }
      String size = new String(line, java.nio.charset.StandardCharsets.ISO_8859_1).strip();
      int extension = size.indexOf(';');
      long length;
      try {
        length = Long.parseLong(extension < 0 ? size : size.substring(0, extension).strip(), 16);
      } catch (NumberFormatException e) {
        return false;
      }
      if (length < 0) {
        return false;
      }
      if (length == 0) {
        while (true) {
          byte[] trailer = line(out);
          if (trailer == null) {
            return false;
          }
          if (trailer.length == 0) {
            return true;
          }
        }
      }
      if (!copy(length + 2, out)) {
        return false;
      }
    }
  }

  /** Copies one CRLF-ended line to {@code out}; returns it without the CRLF, or null. */
  private byte[] line(OutputStream out) throws IOException {
    while (true) {
      for (int i = start; i + 1 < end; i++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
          byte[] line = Arrays.copyOfRange(buffer, start, i);
          out.write(buffer, start, i + 2 - start);
          start = i + 2;
          return line;
        }
      }
      if (end - start > MAX_LINE || !fill()) {
        return null;
      }
    }
  }

  private byte[] take(int count) {
    byte[] taken = Arrays.copyOfRange(buffer, start, start + count);
    start += count;
    return taken;
  }

  /** Reads more; returns false at the end of the connection. */
  private boolean fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      return false;
    }
    end += n;
    return true;
  }
}
