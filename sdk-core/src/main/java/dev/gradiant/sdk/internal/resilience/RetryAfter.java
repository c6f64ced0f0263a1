package dev.gradiant.sdk.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How long the server asked to wait: {@code Retry-After} (seconds or an HTTP date) or, for a {@code
 * 429} without it, until {@code X-RateLimit-Reset} (epoch seconds).
 */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * @param status the response status
   * @param headers the response headers
   * @param clock the time now
   * @return the wait (never negative), or empty when the response names none
   */
  public static Optional<Duration> of(int status, Headers headers, Clock clock) {
    Optional<Duration> retryAfter = parse(headers.get("Retry-After"), clock);
    if (retryAfter.isPresent() || status != 429) {
      return retryAfter;
    }
    return untilReset(headers.get("X-RateLimit-Reset"), clock);
  }

  /**
   * @param value a {@code Retry-After} value, or null
   * @param clock the time now
   * @return the wait, or empty when absent or unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.trim();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return Optional.of(nonNegative(Duration.between(clock.instant(), at)));
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static Optional<Duration> untilReset(String value, Clock clock) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      Instant reset = Instant.ofEpochSecond(Long.parseLong(value.trim()));
      return Optional.of(nonNegative(Duration.between(clock.instant(), reset)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Duration nonNegative(Duration duration) {
    return duration.isNegative() ? Duration.ZERO : duration;
  }
}
