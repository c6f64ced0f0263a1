package dev.gradiant.sdk.internal.resilience;

import java.time.Duration;
import java.time.Instant;
import okhttp3.Headers;

/**
 * The budget the server reports in {@code X-RateLimit-Remaining} / {@code X-RateLimit-Reset},
 * shared by every thread of one client. Each request takes one unit; when none is left, the next
 * request waits for the reset instead of collecting a {@code 429}. The server's figures replace the
 * local count with every response.
 */
public final class RateLimitBudget {
  /** Stands for a header that is absent or not a whole number. */
  private static final long ABSENT = Long.MIN_VALUE;

  // A primitive count (decrementing a boxed Long allocated on every request), and the reset Instant
  // kept while the server repeats it. resetAt == null: no budget reported, or reset since.
  private long remaining;
  private Instant resetAt;

  /**
   * Takes one unit of the budget.
   *
   * @param now the time now
   * @return how long to wait before sending; zero when the budget allows it now
   */
  public synchronized Duration take(Instant now) {
    if (resetAt == null) {
      return Duration.ZERO;
    }
    if (!now.isBefore(resetAt)) {
      resetAt = null;
      return Duration.ZERO;
    }
    if (remaining > 0) {
      remaining--;
      return Duration.ZERO;
    }
    return Duration.between(now, resetAt);
  }

  /**
   * Records what a response said about the budget.
   *
   * @param headers the response headers
   */
  public synchronized void update(Headers headers) {
    long reportedRemaining = parse(headers.get("X-RateLimit-Remaining"));
    long reportedReset = parse(headers.get("X-RateLimit-Reset"));
    if (reportedRemaining != ABSENT && reportedReset != ABSENT) {
      remaining = reportedRemaining;
      if (resetAt == null || resetAt.getEpochSecond() != reportedReset) {
        resetAt = Instant.ofEpochSecond(reportedReset);
      }
    }
  }

  private static long parse(String value) {
    if (value == null) {
      return ABSENT;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return ABSENT;
    }
  }
}
