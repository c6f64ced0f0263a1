package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.internal.headers.HeaderNumber;
import dev.gradiant.sdk.internal.headers.RateLimitReset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The budget the server reports in {@code X-RateLimit-Remaining} / {@code X-RateLimit-Reset},
 * shared by every thread of one client. Each request takes one unit; when none is left, the next
 * request waits for the reset instead of collecting a {@code 429}. The server's figures replace the
 * local count with every response.
 *
 * <p>What the headers mean here: a report needs both, each a whole number ({@link HeaderNumber});
 * otherwise it is ignored and the last one stands. A negative remaining count is a spent budget; a
 * count too large for a {@code long} is {@code Long.MAX_VALUE}. The reset is read by {@link
 * RateLimitReset}: one in the past opens the budget; one the client cannot trust (further ahead
 * than an hour and five minutes) opens it too, so a broken or hostile header can never make the
 * client refuse calls for longer than the API's longest window. The first reset not taken at face
 * value (not trusted, or read as milliseconds) is logged once per client at {@code WARN} on the
 * {@code dev.gradiant.sdk.http} logger, with the offending number and nothing else.
 */
public final class RateLimitBudget {
  private static final Logger LOG = LoggerFactory.getLogger("dev.gradiant.sdk.http");

  private static final String REMAINING_HEADER = "X-RateLimit-Remaining";
  private static final String RESET_HEADER = "X-RateLimit-Reset";

  // A primitive count (decrementing a boxed Long allocated on every request), and the reset Instant
  // kept while the server repeats the same value (reportedReset), so that the clock is read and the
  // value judged only when it changes. resetAt == null: no budget reported, the reset is not
  // trusted, or it has passed since.
  private long remaining;
  private Instant resetAt;
  private long reportedReset = HeaderNumber.ABSENT;
  private final AtomicBoolean warned = new AtomicBoolean();

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
   * @param clock the time source, read only when the reported reset changes
   */
  public void update(Headers headers, Clock clock) {
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
    long reportedRemaining = HeaderNumber.parse(remainingValue);
    long reset = HeaderNumber.parse(resetValue);
    if (reportedRemaining != HeaderNumber.ABSENT && reset != HeaderNumber.ABSENT) {
      RateLimitReset judged = record(Math.max(reportedRemaining, 0), reset, clock);
      if (judged != null && (!judged.trusted() || judged.asMillis())) {
        warnOnce(reset, judged);
      }
    }
  }

  /** {@return the reset's new reading, or {@code null} when it repeats the last one} */
  private synchronized RateLimitReset record(long reportedRemaining, long reset, Clock clock) {
    remaining = reportedRemaining;
    if (reset == reportedReset) {
      return null;
    }
    reportedReset = reset;
    RateLimitReset judged = RateLimitReset.read(reset, clock.instant());
    resetAt = judged.at();
    return judged;
  }

  private void warnOnce(long reset, RateLimitReset judged) {
    if (!warned.compareAndSet(false, true)) {
      return;
    }
    if (judged.trusted()) {
      LOG.warn(
          "X-RateLimit-Reset {} read as epoch milliseconds (the API sends seconds); logged once"
              + " per client",
          reset);
    } else {
      LOG.warn(
          "X-RateLimit-Reset {} is not trusted: more than {} minutes ahead (as epoch seconds or"
              + " milliseconds), longer than any rate-limit window of the API, so the client does"
              + " not wait for it; logged once per client",
          reset,
          RateLimitReset.MAX_AHEAD.toMinutes());
    }
  }
}
