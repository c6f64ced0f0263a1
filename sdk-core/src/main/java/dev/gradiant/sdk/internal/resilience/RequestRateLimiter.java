package dev.gradiant.sdk.internal.resilience;

import java.time.Duration;
import java.time.Instant;

/**
 * A client-side limit of N requests per minute (a token bucket that refills continuously and holds
 * at most N), for staying under a plan's limit before the server has to say so. Thread-safe; a
 * caller that must wait reserves its slot, so waiting threads are served in turn.
 */
public final class RequestRateLimiter {
  private final int perMinute;
  private final double tokensPerNano;
  private double tokens;
  private Instant refilledAt;

  /**
   * @param perMinute requests allowed per minute; positive
   * @param now the time now
   */
  public RequestRateLimiter(int perMinute, Instant now) {
    this.perMinute = perMinute;
    this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    this.tokens = perMinute;
    this.refilledAt = now;
  }

  /**
   * Reserves one request.
   *
   * @param now the time now
   * @return how long to wait before sending it
   */
  public synchronized Duration reserve(Instant now) {
    if (now.isAfter(refilledAt)) {
      tokens =
          Math.min(perMinute, tokens + Duration.between(refilledAt, now).toNanos() * tokensPerNano);
      refilledAt = now;
    }
    tokens -= 1;
    return tokens >= 0
        ? Duration.ZERO
        : Duration.ofNanos((long) Math.ceil(-tokens / tokensPerNano));
  }

  /** Gives back a reservation that was not used. */
  public synchronized void release() {
    tokens = Math.min(perMinute, tokens + 1);
  }
}
