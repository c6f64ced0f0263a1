package dev.gradiant.sdk.internal.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/** A light email-address check; the message never repeats the address (it is personal data). */
public final class Email {
  private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+$");

  private Email() {}

  /**
   * @param field the argument's name for the message
   * @param value the address
   * @return {@code value}, stripped of surrounding whitespace
   * @throws NullPointerException if null
   * @throws IllegalArgumentException if it is not shaped like {@code name@domain.tld}
   */
  public static String require(String field, String value) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    String stripped = value.strip();
    if (stripped.length() > 254 || !SHAPE.matcher(stripped).matches()) {
      throw new IllegalArgumentException(
          field + " is not a valid email address (expected name@domain.tld)");
    }
    return stripped;
  }
}
