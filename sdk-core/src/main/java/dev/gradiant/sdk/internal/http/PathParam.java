package dev.gradiant.sdk.internal.http;

/**
 * Checks a value that goes into one path segment. A value that could change which endpoint is
 * called ({@code ../admin}, {@code a/b}, {@code ..}) is refused before anything is sent; every
 * other character is percent-encoded when the URL is built.
 */
public final class PathParam {
  private PathParam() {}

  /**
   * Returns {@code value} if it is a usable path segment.
   *
   * @param field the argument's name, used in the exception message
   * @param value the id
   * @return {@code value}
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is blank or could change the path
   */
  public static String require(String field, String value) {
    if (value == null) {
      // Not requireNonNull with a message supplier: its lambda would be made on every call.
      throw new NullPointerException(field + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          field + " must not be '.' or '..': a dot segment would change the endpoint called");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '\\') {
        throw new IllegalArgumentException(
            field + " must not contain '/' or '\\': it would change the endpoint called");
      }
      if (Character.isISOControl(c)) {
        throw new IllegalArgumentException(field + " must not contain control characters");
      }
    }
    return value;
  }
}
