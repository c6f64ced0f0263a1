package dev.gradiant.sdk.testing.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Time formats of the contract: RFC 3339 date-times in UTC and ISO dates. */
public final class Times {
  private Times() {}

  /** {@return {@code instant} as {@code 2024-01-01T10:00:00Z}, to the second when exact} */
  public static String format(Instant instant) {
    Instant value = instant.truncatedTo(ChronoUnit.MILLIS);
    return DateTimeFormatter.ISO_INSTANT.format(value);
  }

  /** {@return the instant of an RFC 3339 date-time, or null when {@code text} is not one} */
  static Instant parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@return the date of an ISO {@code YYYY-MM-DD} text, or null when it is not one} */
  static LocalDate parseDate(String text) {
    if (text.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@return the UTC date of an instant} */
  static LocalDate utcDate(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }

  /** {@return the start of the bucket of {@code interval} holding {@code date}} */
  static LocalDate bucketStart(LocalDate date, String interval) {
    return switch (interval) {
      case "week" -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case "month" -> date.withDayOfMonth(1);
      default -> date;
    };
  }

  /** {@return the start of the bucket after the one starting at {@code start}} */
  static LocalDate nextBucket(LocalDate start, String interval) {
    return switch (interval) {
      case "week" -> start.plusWeeks(1);
      case "month" -> start.plusMonths(1);
      default -> start.plusDays(1);
    };
  }
}
