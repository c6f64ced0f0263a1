package dev.gradiant.sdk.internal.redaction;

import java.util.regex.Pattern;

/**
 * Masks the personal data a body that is not JSON most often echoes (a {@code text/plain} 422
 * quoting the request, an HTML error page): email addresses ({@code local@domain}, with or without
 * a dot in the domain) and runs of six or more digits, which may be separated by spaces, dashes,
 * dots, slashes or parentheses (phone numbers, dates of birth such as {@code 1990-01-02}, card or
 * record numbers). Each becomes {@value #MASK}; the rest of the text stays, so an HTML page from a
 * proxy still says what went wrong. Names and free text cannot be told apart from the rest, and are
 * kept.
 */
public final class PlainTextMask {
  /** What a masked value reads. */
  public static final String MASK = "***";

  private static final Pattern EMAIL =
      Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*");

  /** Six digits or more, at most two separators between two of them. */
  private static final Pattern DIGIT_RUN = Pattern.compile("\\d(?:[ \\t\\-./()]{0,2}\\d){5,}");

  private PlainTextMask() {}

  /** {@return {@code text} with its email addresses and long digit runs masked} */
  public static String mask(String text) {
    String masked = EMAIL.matcher(text).replaceAll(MASK);
    return DIGIT_RUN.matcher(masked).replaceAll(MASK);
  }
}
