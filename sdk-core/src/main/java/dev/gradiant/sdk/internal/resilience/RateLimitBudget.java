package dev.gradiant.sdk.internal.resilience;

import java.time.Clock;
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

  private static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  private static final String RESET_HEADER = "X-RateLimit-Reset";

  // A primitive count (decrementing a boxed Long allocated on every request), and the reset Instant
  // kept while the server repeats it. resetAt == null: no budget reported, or reset since.
  private long remaining;
  private Instant resetAt;

  /**
   * Takes one unit of the budget. The clock is read only when none is left: while units remain, one
   * is taken even if the reset has passed (the next response replaces the count anyway), which
   * spares nearly every call a clock read.
   *
   * @param clock the time source
   * @return how long to wait before sending; zero when the budget allows it now
   */
  public synchronized Duration take(Clock clock) {
    if (resetAt == null) {
      return Duration.ZERO;
    }
    if (remaining > 0) {
      remaining--;
      return Duration.ZERO;
    }
    Instant now = clock.instant();
    if (!now.isBefore(resetAt)) {
      resetAt = null;
      return Duration.ZERO;
    }
    return Duration.between(now, resetAt);
  }

  /**
   * Records what a response said about the budget.
   *
   * @param headers the response headers
   */
  public void update(Headers headers) {
    // One pass over the headers for both names (Headers.get scans them all for each), outside the
    // lock; like Headers.get, the last value of a repeated header wins.
    String remainingValue = null;
    String resetValue = null;
    for (int i = 0, size = headers.size(); i < size; i++) {
      String name = headers.name(i);
      if (name.equalsIgnoreCase(REMAINING_HEADER)) {
        remainingValue = headers.value(i);
      } else if (name.equalsIgnoreCase(RESET_HEADER)) {
        resetValue = headers.value(i);
      }
    }
    long reportedRemaining = parse(remainingValue);
    long reportedReset = parse(resetValue);
    if (reportedRemaining != ABSENT && reportedReset != ABSENT) {
      record(reportedRemaining, reportedReset);
    }
  }

  private synchronized void record(long reportedRemaining, long reportedReset) {
    remaining = reportedRemaining;
    if (resetAt == null || resetAt.getEpochSecond() != reportedReset) {
      resetAt = Instant.ofEpochSecond(reportedReset);
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
