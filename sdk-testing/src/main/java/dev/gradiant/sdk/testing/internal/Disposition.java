package dev.gradiant.sdk.testing.internal;

import java.util.Locale;

/**
 * A form part's {@code Content-Disposition: form-data; name="…"; filename="…"} (RFC 7578). Quoted
 * values may escape with a backslash; {@code %22}, {@code %0D} and {@code %0A} in them are the
 * quote, CR and LF, as browsers and OkHttp write them.
 *
 * @param name the field name
 * @param fileName the file name, or null when none is given
 */
record Disposition(String name, String fileName) {

  /**
   * @param header the header's value, or null
   * @return the disposition
   * @throws ApiError {@code 400} when it is missing, not {@code form-data}, or names no field
   */
  static Disposition parse(String header) {
    if (header == null) {
      throw malformed();
    }
    int semicolon = header.indexOf(';');
    String type = (semicolon < 0 ? header : header.substring(0, semicolon)).strip();
    if (!type.equalsIgnoreCase("form-data")) {
      throw malformed();
    }
    String name = null;
    String fileName = null;
    int i = semicolon < 0 ? header.length() : semicolon + 1;
    while (i < header.length()) {
      int eq = header.indexOf('=', i);
      if (eq < 0) {
        break;
      }
      String key = header.substring(i, eq).strip().toLowerCase(Locale.ROOT);
      StringBuilder value = new StringBuilder();
      int j = eq + 1;
      while (j < header.length() && header.charAt(j) == ' ') {
        j++;
      }
      if (j < header.length() && header.charAt(j) == '"') {
        j++;
        while (j < header.length() && header.charAt(j) != '"') {
          if (header.charAt(j) == '\\' && j + 1 < header.length()) {
            j++;
          }
          value.append(header.charAt(j++));
        }
        j++;
        int next = header.indexOf(';', j);
        j = next < 0 ? header.length() : next + 1;
      } else {
        int next = header.indexOf(';', j);
        value.append(header.substring(j, next < 0 ? header.length() : next).strip());
        j = next < 0 ? header.length() : next + 1;
      }
      String decoded =
          value.toString().replace("%22", "\"").replace("%0D", "\r").replace("%0A", "\n");
      if (key.equals("name")) {
        name = decoded;
      } else if (key.equals("filename")) {
        fileName = decoded;
      }
      i = j;
    }
    if (name == null || name.isEmpty()) {
      throw malformed();
    }
    return new Disposition(name, fileName);
  }

  private static ApiError malformed() {
    return ApiError.badRequest(
        "body", "Each part needs a Content-Disposition of form-data with a name");
  }
}
