package dev.gradiant.sdk.internal.validation;

/** Checks that a credential string is usable, without ever putting it in a message. */
public final class CredentialText {
  private CredentialText() {}

  /**
   * @param kind what the value is, for the exception message ({@code token}, {@code apiKey})
   * @param value the credential
   * @return the value without surrounding whitespace
   * @throws IllegalArgumentException if it is null, blank or holds a control character; the message
   *     names {@code kind}, never the value
   */
  public static String require(String kind, String value) {
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
