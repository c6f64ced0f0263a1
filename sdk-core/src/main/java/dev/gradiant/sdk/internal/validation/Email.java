package dev.gradiant.sdk.internal.validation;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The email-address check: a dot-atom local part ({@code RFC 5322}: no leading, trailing or doubled
 * dot) and a host name of letter-digit-hyphen labels ending in a letters-only top-level domain, so
 * the SDK never sends an address the contract's {@code format: email} rejects. The message never
 * repeats the address (it is personal data).
 */
public final class Email {
  private static final String ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern SHAPE =
      Pattern.compile(
          "^(?=.{1,64}@)" + ATOM + "(?:\\." + ATOM + ")*@(?:" + LABEL + "\\.)+[A-Za-z]{2,63}$");

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
