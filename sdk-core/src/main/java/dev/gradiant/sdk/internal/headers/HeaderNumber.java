package dev.gradiant.sdk.internal.headers;

/**
 * Reads a whole number from a header value without ever throwing: an optional {@code -} then
 * decimal digits, surrounding whitespace ignored. A number too large for a {@code long} saturates
 * at {@code Long.MAX_VALUE} (or {@code -Long.MAX_VALUE}) instead of being rejected, so a server's
 * "very many" or "very far" keeps its meaning; anything else ({@code +5}, {@code 1.5}, {@code 1e3},
 * words, an empty value) is {@link #ABSENT}.
 */
public final class HeaderNumber {
  /** Stands for a value that is absent or not a whole number; never a parsed value. */
  public static final long ABSENT = Long.MIN_VALUE;

  /** {@code Long.MAX_VALUE} without its last digit: a larger number times ten overflows. */
  private static final long SATURATION_TENTH = Long.MAX_VALUE / 10;

  /** The last digit of {@code Long.MAX_VALUE}. */
  private static final int SATURATION_LAST_DIGIT = (int) (Long.MAX_VALUE % 10);

  private HeaderNumber() {}

  /**
   * @param value a header value, or {@code null}
   * @return the number, saturated; {@link #ABSENT} when there is none
   */
  public static long parse(String value) {
    if (value == null) {
      return ABSENT;
    }
    String text = value.strip();
    boolean negative = text.startsWith("-");
    return digits(text, negative ? 1 : 0, text.length(), negative);
  }

  /**
   * Reads the decimal digits {@code text[from, to)}.
   *
   * @param text the text
   * @param from the first digit
   * @param to after the last digit
   * @param negative whether to negate the result
   * @return the number, saturated; {@link #ABSENT} when the range is empty or holds a non-digit
   */
  static long digits(String text, int from, int to, boolean negative) {
    if (from >= to) {
      return ABSENT;
    }
    long result = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return ABSENT;
      }
      int digit = c - '0';
      // result * 10 + digit > Long.MAX_VALUE, without a division per digit
      boolean overflows =
          result > SATURATION_TENTH
              || (result == SATURATION_TENTH && digit > SATURATION_LAST_DIGIT);
      result = overflows ? Long.MAX_VALUE : result * 10 + digit;
    }
    return negative ? -result : result;
  }
}
