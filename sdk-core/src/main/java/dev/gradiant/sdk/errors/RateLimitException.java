package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.ResponseMetadata;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code 429 Too Many Requests}: the rate limit is spent. {@link #retryAfter()} says how long the
 * server asked to wait.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The header of a {@code 429} that says how long to wait. */
  public static final String RETRY_AFTER_HEADER = "Retry-After";

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public RateLimitException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }

  /**
   * The wait the server asked for in {@code Retry-After} (delay in seconds, or an HTTP date,
   * measured from now).
   *
   * @return the wait, or empty when the header is absent or unreadable
   */
  public Optional<Duration> retryAfter() {
    return metadata().header(RETRY_AFTER_HEADER).flatMap(RateLimitException::parseRetryAfter);
  }

  private static Optional<Duration> parseRetryAfter(String value) {
    String text = value.trim();
    try {
      long seconds = Long.parseLong(text);
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(Instant.now(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }
}
