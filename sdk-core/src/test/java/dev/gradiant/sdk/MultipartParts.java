package dev.gradiant.sdk;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code multipart/form-data} body the way a server would (RFC 7578): the boundary from the
 * {@code Content-Type}, each part's headers, its {@code name} and {@code filename}, and its bytes.
 * Strict: a body that does not parse is an {@link IllegalArgumentException} naming what is wrong.
 */
public final class MultipartParts {
  private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
  private static final Pattern FILE_NAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

  private MultipartParts() {}

  /**
   * One part.
   *
   * @param name its {@code name}
   * @param fileName its {@code filename}, or {@code null} for a text field
   * @param headers its headers, names in lower case
   * @param bytes its content
   */
  public record Part(String name, String fileName, Map<String, String> headers, byte[] bytes) {
    /** {@return the content as UTF-8 text} */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** {@return the part's {@code Content-Type}, or {@code null}} */
    public String contentType() {
      return headers.get("content-type");
    }
  }

  /**
   * @param contentType the request's {@code Content-Type}
   * @param body the request's body
   * @return its parts, in order
   */
  public static List<Part> parse(String contentType, byte[] body) {
    Matcher boundary = contentType == null ? null : BOUNDARY.matcher(contentType);
    if (boundary == null
        || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
        || !boundary.find()) {
      throw new IllegalArgumentException("not multipart/form-data with a boundary: " + contentType);
    }
    // ISO-8859-1 maps each byte to one char, so positions in the text are positions in the bytes.
    String text = new String(body, StandardCharsets.ISO_8859_1);
    String delimiter = "--" + boundary.group(1);
    if (!text.startsWith(delimiter + "\r\n")) {
      throw new IllegalArgumentException("the body does not start with the boundary");
    }
    List<Part> parts = new ArrayList<>();
    int at = delimiter.length() + 2;
    while (true) {
      int end = text.indexOf("\r\n" + delimiter, at);
      if (end < 0) {
        throw new IllegalArgumentException("a part is not closed by the boundary");
      }
      parts.add(part(text, body, at, end));
      at = end + 2 + delimiter.length();
      if (text.startsWith("--", at)) {
        return parts;
      }
      if (!text.startsWith("\r\n", at)) {
        throw new IllegalArgumentException("the boundary is not followed by CRLF");
      }
      at += 2;
    }
  }

  private static Part part(String text, byte[] body, int start, int end) {
    int headEnd = text.indexOf("\r\n\r\n", start);
    if (headEnd < 0 || headEnd > end) {
      throw new IllegalArgumentException("a part has no blank line after its headers");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (String line : text.substring(start, headEnd).split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException("a part header has no colon");
      }
      String value =
          new String(
              line.substring(colon + 1).trim().getBytes(StandardCharsets.ISO_8859_1),
              StandardCharsets.UTF_8);
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), value);
    }
    String disposition = headers.get("content-disposition");
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw new IllegalArgumentException("a part has no Content-Disposition: form-data");
    }
    Matcher name = NAME.matcher(disposition);
    if (!name.find()) {
      throw new IllegalArgumentException("a part has no name");
    }
    Matcher fileName = FILE_NAME.matcher(disposition);
    byte[] bytes = new byte[end - headEnd - 4];
    System.arraycopy(body, headEnd + 4, bytes, 0, bytes.length);
    return new Part(name.group(1), fileName.find() ? fileName.group(1) : null, headers, bytes);
  }
}
