package dev.gradiant.sdk.observability;

import dev.gradiant.sdk.core.RateLimit;
import java.time.Duration;
import java.util.Optional;

/**
 * An attempt was answered, whatever the status: a {@code 503} that will be retried, a {@code 404}
 * the caller will see as an exception, a {@code 200}.
 */
public interface AttemptResponse {

  /** {@return the attempt} */
  AttemptContext attempt();

  /** {@return the HTTP status, e.g. {@code 200}} */
  int statusCode();

  /** {@return the time from the attempt's start to its whole response read} */
  Duration duration();

  /** {@return the server's request id ({@code X-Request-ID}), when it sent one} */
  Optional<String> requestId();

  /** {@return the rate-limit budget the response reported ({@code X-RateLimit-*}), if any} */
  Optional<RateLimit> rateLimit();
}
