package dev.gradiant.sdk.internal.resilience;

import java.time.Duration;

/**
 * The client's retry settings.
 *
 * @param maxRetries retries after the first attempt; 0 turns retries off
 * @param baseDelay the first backoff step, doubled at each retry
 * @param maxDelay the largest backoff step
 * @param maxWait the longest wait the SDK sleeps for (a {@code Retry-After} or a spent rate-limit
 *     budget); a longer one fails the call at once with the wait on the exception
 * @param timeout the time allowed for a whole logical call, attempts and waits included, or {@code
 *     null} for none
 */
public record RetryPolicy(
    int maxRetries, Duration baseDelay, Duration maxDelay, Duration maxWait, Duration timeout) {

  /** 2 retries, 0.5 s doubling to 8 s with full jitter, waits up to 60 s, 60 s per call. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          2,
          Duration.ofMillis(500),
          Duration.ofSeconds(8),
          Duration.ofSeconds(60),
          Duration.ofSeconds(60));
}
