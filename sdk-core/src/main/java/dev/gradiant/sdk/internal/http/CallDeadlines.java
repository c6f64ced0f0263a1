package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.RequestOptions;
import java.time.Clock;
import java.time.Duration;

/**
 * Fixes each call's deadline when its request is made (the call's start): the caller's timeout,
 * else the client's, from the client's clock. The request then carries its first attempt ({@link
 * Attempt#first}), which the retry loop sends as it is instead of a numbered copy.
 */
final class CallDeadlines {
  /** Fixes no deadline: the retry loop fixes it when the request reaches it. */
  static final CallDeadlines LEFT_TO_RETRY_LOOP = new CallDeadlines(null, null);

  private final Clock clock;
  private final Duration clientTimeout;

  /**
   * @param clock the clock the retry loop holds the deadline to
   * @param clientTimeout the client's time allowed for a whole call, or {@code null} for none
   */
  CallDeadlines(Clock clock, Duration clientTimeout) {
    this.clock = clock;
    this.clientTimeout = clientTimeout;
  }

  /** {@return the first attempt of a call made now with {@code options}} */
  Attempt firstAttempt(RequestOptions options) {
    if (clock == null) {
      return Attempt.FIRST;
    }
    Duration timeout = options.timeout().orElse(clientTimeout);
    return Attempt.first(timeout == null ? null : clock.instant().plus(timeout));
  }
}
