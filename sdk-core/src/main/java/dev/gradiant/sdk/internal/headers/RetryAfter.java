package dev.gradiant.sdk.internal.headers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * How long the server asked to wait: {@code Retry-After} (seconds or an HTTP date) or, for a {@code
 * 429} without it, until {@code X-RateLimit-Reset} (read by {@link RateLimitReset}).
 *
 * <p>Every shape of {@code Retry-After} has one meaning, and none can throw or overflow later
 * arithmetic (every wait returned is between zero and {@link #CEILING}):
 *
 * <table>
 *   <caption>Meaning of a {@code Retry-After} value</caption>
 *   <tr><th>value</th><th>wait</th></tr>
 *   <tr><td>whole seconds ({@code 2})</td><td>that many seconds</td></tr>
 *   <tr><td>fractional seconds ({@code 1.5})</td><td>rounded up to whole seconds (2 s)</td></tr>
 *   <tr><td>more than {@link #CEILING} ({@code 100000000000000000}, any number of digits)</td>
 *       <td>{@link #CEILING}</td></tr>
 *   <tr><td>an HTTP date ({@code Sun, 22 Nov 2026 10:00:07 GMT}) ahead</td>
 *       <td>until then, at most {@link #CEILING}</td></tr>
 *   <tr><td>an HTTP date now or in the past</td><td>zero: retry at once</td></tr>
 *   <tr><td>negative ({@code -5}), empty, anything else ({@code +5}, {@code 1e3}, {@code soon},
 *       an obsolete RFC 850 or asctime date)</td>
 *       <td>none: as if the header were absent (the client's backoff applies)</td></tr>
 * </table>
 *
 * <p>The ceiling only keeps the arithmetic safe: a wait longer than the client's {@code
 * maxRetryWait} (60 s by default) is never slept, the call fails at once with the server's error
 * (for a {@code 429}, a {@code RateLimitException} whose {@code retryAfter()} is the wait).
 */
public final class RetryAfter {
  /** The longest wait the client believes a server asks for: 24 hours. */
  public static final Duration CEILING = Duration.ofHours(24);

  private RetryAfter() {}

  /**
   * @param status the response status
   * @param header the last value of a response header by name (looked up case-insensitively), or
   *     {@code null} when the response has none
   * @param clock the time now
   * @return the wait (between zero and {@link #CEILING}), or empty when the response names none
   */
  public static Optional<Duration> of(int status, Function<String, String> header, Clock clock) {
    Optional<Duration> retryAfter = parse(header.apply("Retry-After"), clock);
    if (retryAfter.isPresent() || status != 429) {
      return retryAfter;
    }
    return untilReset(header.apply("X-RateLimit-Reset"), clock);
  }

  /**
   * @param value a {@code Retry-After} value, or null
   * @param clock the time now
   * @return the wait (between zero and {@link #CEILING}), or empty when absent or unreadable
   */
  public static Optional<Duration> parse(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    long seconds = seconds(text);
    if (seconds != HeaderNumber.ABSENT) {
      return Optional.of(capped(seconds));
    }
    try {
      Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(within(Duration.between(clock.instant(), at)));
    } catch (DateTimeParseException notDate) {
      return Optional.empty();
    }
  }

  /**
   * Whole or fractional seconds, rounded up and saturated: {@code 1.5} is 2; {@link
   * HeaderNumber#ABSENT} for anything else, a negative number included.
   */
  private static long seconds(String text) {
    int dot = text.indexOf('.');
    if (dot < 0) {
      return text.startsWith("-")
          ? HeaderNumber.ABSENT
          : HeaderNumber.digits(text, 0, text.length(), false);
    }
    long whole = HeaderNumber.digits(text, 0, dot, false);
    long fraction = HeaderNumber.digits(text, dot + 1, text.length(), false);
    if (whole == HeaderNumber.ABSENT || fraction == HeaderNumber.ABSENT) {
      return HeaderNumber.ABSENT;
    }
    return fraction > 0 && whole < Long.MAX_VALUE ? whole + 1 : whole;
  }

  private static Optional<Duration> untilReset(String value, Clock clock) {
    long reported = HeaderNumber.parse(value);
    if (reported == HeaderNumber.ABSENT) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    RateLimitReset reset = RateLimitReset.read(reported, now);
    return reset.trusted()
        ? Optional.of(within(Duration.between(now, reset.at())))
        : Optional.empty();
  }

  private static Duration capped(long seconds) {
    return seconds >= CEILING.getSeconds() ? CEILING : Duration.ofSeconds(seconds);
  }

  private static Duration within(Duration duration) {
    if (duration.isNegative()) {
      return Duration.ZERO;
    }
    return duration.compareTo(CEILING) > 0 ? CEILING : duration;
  }
}
