package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.observability.AttemptContext;
import dev.gradiant.sdk.observability.AttemptResponse;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Headers;

/**
 * An attempt's answer as observers see it: status, timing, request id and rate-limit budget, read
 * from the response's headers; nothing else of them is kept.
 */
final class ObservedResponse implements AttemptResponse {
  private static final String REQUEST_ID = "X-Request-ID";

  private final AttemptContext attempt;
  private final int statusCode;
  private final long nanos;
  // Read only for the request id and the rate-limit budget, when an observer asks: most ask for
  // neither on most attempts.
  private final Headers headers;

  ObservedResponse(AttemptContext attempt, int statusCode, long nanos, Headers headers) {
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.nanos = nanos;
    this.headers = headers;
  }

  /**
   * {@return the request id {@code headers} carry, or {@code null}; {@code headers} may be null}
   */
  static String requestId(Headers headers) {
    String id = headers == null ? null : headers.get(REQUEST_ID);
    return id == null || id.isBlank() ? null : id;
  }

  @Override
  public AttemptContext attempt() {
    return attempt;
  }

  @Override
  public int statusCode() {
    return statusCode;
  }

  @Override
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId(headers));
  }

  @Override
  public Optional<RateLimit> rateLimit() {
    String limit = headers.get(RateLimit.LIMIT_HEADER);
    String remaining = headers.get(RateLimit.REMAINING_HEADER);
    String reset = headers.get(RateLimit.RESET_HEADER);
    if (limit == null || remaining == null || reset == null) {
      return Optional.empty();
    }
    return RateLimit.fromHeaders(
        HttpHeaders.of(
            RateLimit.LIMIT_HEADER,
            limit,
            RateLimit.REMAINING_HEADER,
            remaining,
            RateLimit.RESET_HEADER,
            reset));
  }

  /** {@return e.g. {@code AttemptResponse[getUser (GET /users/{id}), attempt 1, 200, 12 ms]}} */
  @Override
  public String toString() {
    return "AttemptResponse["
        + attempt.call().operation()
        + ", attempt "
        + attempt.number()
        + ", "
        + statusCode
        + ", "
        + duration().toMillis()
        + " ms, request id "
        + requestId().orElse("none")
        + ", rate limit "
        + rateLimit().map(RateLimit::toString).orElse("none")
        + "]";
  }
}
