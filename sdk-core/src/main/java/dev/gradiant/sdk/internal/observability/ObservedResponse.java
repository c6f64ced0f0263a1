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
  private final String requestId;
  private final String limit;
  private final String remaining;
  private final String reset;

  ObservedResponse(AttemptContext attempt, int statusCode, long nanos, Headers headers) {
    this.attempt = attempt;
    this.statusCode = statusCode;
    this.nanos = nanos;
    String id = headers.get(REQUEST_ID);
    this.requestId = id == null || id.isBlank() ? null : id;
    this.limit = headers.get(RateLimit.LIMIT_HEADER);
    this.remaining = headers.get(RateLimit.REMAINING_HEADER);
    this.reset = headers.get(RateLimit.RESET_HEADER);
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
    return Optional.ofNullable(requestId);
  }

  @Override
  public Optional<RateLimit> rateLimit() {
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
        + (requestId == null ? "none" : requestId)
        + ", rate limit "
        + rateLimit().map(RateLimit::toString).orElse("none")
        + "]";
  }
}
