package dev.gradiant.sdk.conversations;

/** The contract's rule for a message's text: present, not blank, at most 5,000 characters. */
final class MessageText {
  private MessageText() {}

  /**
   * @param field the field's name for the message ({@code content}, {@code message})
   * @param text the text
   * @return {@code text}
   * @throws IllegalArgumentException if it is null, blank or too long; the message never quotes it
   */
  static String require(String field, String text) {
    if (text == null) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    int length = text.codePointCount(0, text.length());
    if (length > MessageCreateParams.MAX_CONTENT_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + MessageCreateParams.MAX_CONTENT_LENGTH
              + " characters, got "
              + length);
    }
    return text;
  }
}
