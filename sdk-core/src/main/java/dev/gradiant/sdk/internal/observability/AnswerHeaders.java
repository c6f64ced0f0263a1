package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.RateLimit;
import java.util.Optional;
import okhttp3.Headers;

/**
 * What observers may read of an answer's headers: the request id and the rate-limit budget, and
 * nothing else. Read when an observer asks: most ask for neither on most attempts.
 */
final class AnswerHeaders {
  private static final String REQUEST_ID = "X-Request-ID";

  private AnswerHeaders() {}

  /**
   * {@return the request id {@code headers} carry, or {@code null}; {@code headers} may be null}
   */
  static String requestId(Headers headers) {
    String id = headers == null ? null : headers.get(REQUEST_ID);
    return id == null || id.isBlank() ? null : id;
  }

  /** {@return the rate-limit budget {@code headers} carry, or empty} */
  static Optional<RateLimit> rateLimit(Headers headers) {
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
}
