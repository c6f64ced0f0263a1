package dev.gradiant.sdk.testing.internal;

import java.time.Duration;
import java.time.Instant;

/** A fixed-window limit shared by every caller: {@code limit} requests per {@code window}. */
public final class RateLimiter {
  private final int limit;
  private final Duration window;
  private Instant windowStart;
  private int used;

  /**
   * @param limit the requests allowed per window
   * @param window the window length
   */
  public RateLimiter(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /**
   * What the limiter decided for one request.
   *
   * @param allowed whether the request may proceed
   * @param limit the requests allowed per window
   * @param remaining the requests left in this window
   * @param resetAt when the window ends
   * @param retryAfterSeconds for a refused request, the whole seconds to wait
   */
  public record Decision(
      boolean allowed, int limit, int remaining, Instant resetAt, long retryAfterSeconds) {

    /** {@return the reset time in epoch seconds, rounded up} */
    public long resetEpochSecond() {
      return resetAt.getEpochSecond() + (resetAt.getNano() > 0 ? 1 : 0);
    }
  }

  /** {@return the decision for a request arriving at {@code now}; allowed ones use the budget} */
  public synchronized Decision take(Instant now) {
    if (windowStart == null || !now.isBefore(windowStart.plus(window))) {
      windowStart = now;
      used = 0;
    }
    Instant resetAt = windowStart.plus(window);
    if (used >= limit) {
      long millis = Duration.between(now, resetAt).toMillis();
      return new Decision(false, limit, 0, resetAt, Math.max(1, (millis + 999) / 1000));
    }
    used++;
    return new Decision(true, limit, limit - used, resetAt, 0);
  }

  /** Starts a new window at the next request. */
  public synchronized void reset() {
    windowStart = null;
    used = 0;
  }
}
