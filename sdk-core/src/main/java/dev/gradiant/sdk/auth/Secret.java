package dev.gradiant.sdk.auth;

/** Checks that a credential string is usable, without ever putting it in a message. */
final class Secret {
  private Secret() {}

  static String require(String kind, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(kind + " must not be null or blank");
    }
    String trimmed = value.strip();
    for (int i = 0; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new IllegalArgumentException(
            kind
                + " contains a control character (a stray newline?); it cannot be sent in a header");
      }
    }
    return trimmed;
  }
}
