package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.internal.headers.RetryAfter;
import java.time.Clock;
import java.time.Duration;
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
   * The wait the server asked for: {@code Retry-After} (delay in seconds, or an HTTP date measured
   * from now) or, without it, the time until {@code X-RateLimit-Reset}. Never throws, whatever the
   * headers hold: fractional seconds are rounded up, a wait longer than 24 hours (or a date further
   * ahead) is 24 hours, a date in the past is zero, and a reset more than 65 minutes ahead (longer
   * than any window of the API) is not believed.
   *
   * @return the wait (between zero and 24 hours), or empty when the headers name none (absent,
   *     negative or unreadable)
   */
  public Optional<Duration> retryAfter() {
    return RetryAfter.of(
        statusCode(), name -> headers().last(name).orElse(null), Clock.systemUTC());
  }
}
