package dev.gradiant.sdk.internal.resilience;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with full jitter: before retry {@code n} wait a uniformly random time in
 * {@code [0, min(maxDelay, baseDelay * 2^(n-1)))}, so clients that failed together do not retry
 * together.
 */
public final class Backoff {
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final DoubleSupplier random;

  /**
   * @param baseDelay the first step
   * @param maxDelay the cap
   * @param random uniform values in {@code [0, 1)}
   */
  public Backoff(Duration baseDelay, Duration maxDelay, DoubleSupplier random) {
    this.baseDelay = baseDelay;
    this.maxDelay = maxDelay;
    this.random = random;
  }

  /**
   * @param baseDelay the first step
   * @param maxDelay the cap
   * @return a backoff with these steps and the same source of randomness
   */
  public Backoff withDelays(Duration baseDelay, Duration maxDelay) {
    return new Backoff(baseDelay, maxDelay, random);
  }

  /**
   * @param retry 1 for the first retry
   * @return the wait before that retry
   */
  public Duration before(int retry) {
    long base = baseDelay.toMillis();
    int doublings = Math.min(Math.max(retry - 1, 0), 30);
    long ceiling = Math.min(maxDelay.toMillis(), base << doublings);
    return Duration.ofMillis((long) (random.getAsDouble() * ceiling));
  }
}
