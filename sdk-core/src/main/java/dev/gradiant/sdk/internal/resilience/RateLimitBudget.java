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
  private Long remaining;
  private Instant resetAt;

  /**
   * Takes one unit of the budget.
   *
   * @param now the time now
   * @return how long to wait before sending; zero when the budget allows it now
   */
  public synchronized Duration take(Instant now) {
    if (remaining == null || resetAt == null) {
      return Duration.ZERO;
    }
    if (!now.isBefore(resetAt)) {
      remaining = null;
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
    Long reportedRemaining = parse(headers.get("X-RateLimit-Remaining"));
    Long reportedReset = parse(headers.get("X-RateLimit-Reset"));
    if (reportedRemaining != null && reportedReset != null) {
      remaining = reportedRemaining;
      resetAt = Instant.ofEpochSecond(reportedReset);
    }
  }

  private static Long parse(String value) {
    if (value == null) {
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
