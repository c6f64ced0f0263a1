package dev.gradiant.sdk.auth;

import java.util.Objects;

/** Checks a required string argument, naming the field and never repeating its value. */
final class RequiredText {
  private RequiredText() {}

  /**
   * @param field the argument's name for the message
   * @param value the value, kept exactly as given (passwords are not trimmed)
   * @return {@code value}
   * @throws NullPointerException if null
   * @throws IllegalArgumentException if blank
   */
  static String require(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
