package dev.gradiant.sdk.internal.validation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The range of the contract's {@code format: date} and {@code format: date-time} (RFC 3339): years
 * 0000 to 9999. {@link LocalDate} and {@link Instant} reach further, and write a year outside it in
 * ISO-8601's expanded form ({@code +10000-01-01}, {@code -0001-01-01}), which the API refuses; the
 * SDK refuses it first, naming the field.
 */
public final class Rfc3339 {
  private static final int MIN_YEAR = 0;
  private static final int MAX_YEAR = 9999;
  private static final Instant MIN_INSTANT = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant END_INSTANT = Instant.parse("+10000-01-01T00:00:00Z");

  private Rfc3339() {}

  /** Returns {@code value} if null or a date of the years 0000 to 9999. */
  public static LocalDate date(String field, LocalDate value) {
    if (value != null && (value.getYear() < MIN_YEAR || value.getYear() > MAX_YEAR)) {
      throw outOfRange(field, value.toString());
    }
    return value;
  }

  /** Returns {@code value} if null or an instant of the years 0000 to 9999 (UTC). */
  public static Instant instant(String field, Instant value) {
    if (value != null && (value.isBefore(MIN_INSTANT) || !value.isBefore(END_INSTANT))) {
      throw outOfRange(field, value.toString());
    }
    return value;
  }

  private static IllegalArgumentException outOfRange(String field, String value) {
    return new IllegalArgumentException(
        field + " must be in the years 0000 to 9999 (RFC 3339), got " + value);
  }
}
