package dev.gradiant.sdk.testing.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) part by part from a {@link StreamedBody},
 * through one buffer of {@value #BUFFER} bytes: {@link #nextPart()} gives a part's headers, {@link
 * #read(byte[], int, int)} its content up to the next delimiter. A malformed body is a {@code 400}.
 * What it reads goes into the body's transcript: each delimiter and part header as sent, and the
 * content as text ({@link #readText(int)}) or a note of its length.
 */
final class MultipartReader {
  static final int BUFFER = 16 * 1024;
  private static final int MAX_HEADER_LINE = 8 * 1024;
  private static final int MAX_HEADERS = 16;
  private static final int MAX_PREAMBLE = 64 * 1024;

  private final StreamedBody body;
  private final String boundary;
  private final byte[] delimiter;
  private final byte[] buffer;
  private int pos;
  private int limit;
  private boolean eof;
  private boolean partDone = true;
  private boolean finished;
  private boolean started;
  private boolean textRecorded;
  private long partBytes;

  /**
   * @param body the body
   * @param boundary the boundary of the {@code Content-Type}
   */
  MultipartReader(StreamedBody body, String boundary) {
    this.body = body;
    this.boundary = boundary;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.buffer = new byte[BUFFER + delimiter.length];
    // The first delimiter has no CRLF before it: pretend it does, so one pattern finds them all.
    buffer[0] = '\r';
    buffer[1] = '\n';
    limit = 2;
  }

  /**
   * The boundary of a {@code multipart/form-data} media type.
   *
   * @param contentType the request's {@code Content-Type}
   * @return the boundary
   * @throws ApiError {@code 400} if the type is not {@code multipart/form-data} with a valid
   *     boundary
   */
  static String boundary(String contentType) {
    String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
    if (!parts[0].strip().equalsIgnoreCase("multipart/form-data")) {
      throw ApiError.badRequest(
          "Content-Type", "Must be multipart/form-data with a file part and an optional message");
    }
    for (int i = 1; i < parts.length; i++) {
      String param = parts[i].strip();
      int eq = param.indexOf('=');
      if (eq > 0 && param.substring(0, eq).strip().equalsIgnoreCase("boundary")) {
        String value = param.substring(eq + 1).strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()
            || value.length() > 70
            || !value.chars().allMatch(c -> c > 32 && c < 127 || c == ' ')) {
          break;
        }
        return value;
      }
    }
    throw ApiError.badRequest("Content-Type", "Must name a boundary of 1 to 70 characters");
  }

  /**
   * Skips what is left of the current part (or the preamble) and reads the next part's headers.
   *
   * @return the headers, names in lower case; null after the closing delimiter
   */
  Map<String, String> nextPart() throws IOException {
    if (finished) {
      return null;
    }
    byte[] skip = new byte[4096];
    if (!started) {
      partDone = false;
      while (read(skip, 0, skip.length) >= 0) {
        if (partBytes > MAX_PREAMBLE) {
          throw malformed("The body must start with the boundary delimiter");
        }
      }
      started = true;
    } else {
      while (read(skip, 0, skip.length) >= 0) {
        // the rest of the part is not wanted
      }
      if (!textRecorded) {
        body.transcript().append('[').append(partBytes).append(" bytes]\r\n");
      }
    }
    pos += delimiter.length;
    fill(2);
    if (limit - pos >= 2 && buffer[pos] == '-' && buffer[pos + 1] == '-') {
      pos += 2;
      finished = true;
      body.transcript().append("--").append(boundary).append("--\r\n");
      return null;
    }
    while (true) {
      fill(1);
      if (pos < limit && (buffer[pos] == ' ' || buffer[pos] == '\t')) {
        pos++;
      } else {
        break;
      }
    }
    if (!line().isEmpty()) {
      throw malformed("A boundary delimiter must end its line");
    }
    body.transcript().append("--").append(boundary).append("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int count = 0; ; count++) {
      String line = line();
      body.transcript().append(line).append("\r\n");
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || count >= MAX_HEADERS) {
        throw malformed("A part's headers are malformed");
      }
      headers.put(
          line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).strip());
    }
    partDone = false;
    partBytes = 0;
    textRecorded = false;
    return headers;
  }

  /**
   * Reads the current part's content.
   *
   * @return the bytes read, or -1 at the part's end
   */
  int read(byte[] target, int offset, int length) throws IOException {
    if (partDone) {
      return -1;
    }
    fill(delimiter.length);
    int found = indexOfDelimiter();
    int available;
    if (found >= 0) {
      available = found - pos;
    } else if (eof) {
      throw malformed("The body ends inside a part; the closing delimiter is missing");
    } else {
      available = limit - pos - (delimiter.length - 1);
    }
    if (available == 0) {
      partDone = true;
      return -1;
    }
    int n = Math.min(length, available);
    System.arraycopy(buffer, pos, target, offset, n);
    pos += n;
    partBytes += n;
    return n;
  }

  /**
   * Reads the rest of the current part as UTF-8 text of at most {@code maxBytes} bytes and puts it
   * in the transcript.
   *
   * @return the text, or null when the part is longer (the rest is skipped by {@link #nextPart()})
   *     or is not UTF-8
   */
  String readText(int maxBytes) throws IOException {
    byte[] text = new byte[maxBytes + 1];
    int length = 0;
    while (length < text.length) {
      int n = read(text, length, text.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    if (length > maxBytes) {
      return null;
    }
    try {
      String value =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(text, 0, length))
              .toString();
      body.transcript().append(value).append("\r\n");
      textRecorded = true;
      return value;
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  private int indexOfDelimiter() {
    outer:
    for (int i = pos; i <= limit - delimiter.length; i++) {
      for (int j = 0; j < delimiter.length; j++) {
        if (buffer[i + j] != delimiter[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Reads until at least {@code wanted} bytes are buffered, or the body ends. */
  private void fill(int wanted) throws IOException {
    while (!eof && limit - pos < wanted) {
      if (pos > 0) {
        System.arraycopy(buffer, pos, buffer, 0, limit - pos);
        limit -= pos;
        pos = 0;
      }
      int n = body.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        eof = true;
      } else {
        limit += n;
      }
    }
  }

  /** {@return the next line, without its CRLF, as UTF-8} */
  private String line() throws IOException {
    while (true) {
      for (int i = pos; i + 1 < limit; i++) {
        if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
          String line = new String(buffer, pos, i - pos, StandardCharsets.UTF_8);
          pos = i + 2;
          return line;
        }
      }
      if (limit - pos >= MAX_HEADER_LINE) {
        throw malformed("A part's header line is longer than " + MAX_HEADER_LINE + " bytes");
      }
      if (eof) {
        throw malformed("The body ends inside a part's headers");
      }
      fill(limit - pos + 1);
    }
  }

  private static ApiError malformed(String issue) {
    return ApiError.badRequest("body", issue);
  }
}
