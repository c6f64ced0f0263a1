package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.RequestOptions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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
    return Attempt.first(timeout == null ? null : deadline(timeout));
  }

  /**
   * {@return now plus {@code timeout}, made as one {@link Instant}} Now is the clock's {@link
   * Clock#millis()}: the system clock reads it without an {@code Instant} of its own (which {@code
   * clock.instant().plus(timeout)} would make, with the sum), and the deadline watch counts whole
   * milliseconds anyway. Past the range of an {@code Instant}, fails as {@code plus} would.
   */
  private Instant deadline(Duration timeout) {
    long nowMillis = clock.millis();
    return Instant.ofEpochSecond(
        Math.addExact(Math.floorDiv(nowMillis, 1000L), timeout.getSeconds()),
        Math.floorMod(nowMillis, 1000L) * 1_000_000L + timeout.getNano());
  }
}
