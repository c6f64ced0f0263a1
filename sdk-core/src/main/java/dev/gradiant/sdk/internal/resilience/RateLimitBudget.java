package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.internal.headers.HeaderNumber;
import dev.gradiant.sdk.internal.headers.RateLimitReset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The budget the server reports in {@code X-RateLimit-Remaining} / {@code X-RateLimit-Reset},
 * shared by every thread of one client, without a lock. Each request takes one unit (concurrent
 * requests never take the same unit, nor lose one); when none is left, the next request waits for
 * the reset instead of collecting a {@code 429}. The server's figures replace the local count with
 * every response.
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

  // Lock-free, for the client's threads share it on every call. The count is an atomic taken by
  // compare-and-set, so that concurrent calls never take the same unit nor lose one. The reset is
  // one immutable reading (the value the server sent and the Instant it was judged to mean), kept
  // while the server repeats the same value, so that the clock is read and the value judged only
  // when it changes: no allocation per call. Reset.at == null: no budget reported, the reset is not
  // trusted, or it has passed since.
  private final AtomicLong remaining = new AtomicLong();
  private final AtomicReference<Reset> reset = new AtomicReference<>(Reset.NONE);
  private final AtomicBoolean warned = new AtomicBoolean();

  /** The last reset the server reported, and when it falls ({@code null}: the budget is open). */
  private record Reset(long reported, Instant at) {
    static final Reset NONE = new Reset(HeaderNumber.ABSENT, null);
  }

  /**
   * Takes one unit of the budget. The clock is read only when none is left: while units remain, one
   * is taken even if the reset has passed (the next response replaces the count anyway), which
   * spares nearly every call a clock read.
   *
   * @param clock the time source
   * @return how long to wait before sending; zero when the budget allows it now
   */
  public Duration take(Clock clock) {
    while (true) {
      Reset current = reset.get();
      if (current.at() == null) {
        return Duration.ZERO;
      }
      for (long left = remaining.get(); left > 0; left = remaining.get()) {
        if (remaining.compareAndSet(left, left - 1)) {
          return Duration.ZERO;
        }
      }
      Instant now = clock.instant();
      if (now.isBefore(current.at())) {
        return Duration.between(now, current.at());
      }
      // The reset has passed: open the budget. If a newer report replaced this reading meanwhile,
      // that report decides instead (it may say none is left until a later reset): look again.
      if (reset.compareAndSet(current, new Reset(current.reported(), null))) {
        return Duration.ZERO;
      }
    }
  }

  /**
   * Records what a response said about the budget.
   *
   * @param headers the response headers
   * @param clock the time source, read only when the reported reset changes
   */
  public void update(Headers headers, Clock clock) {
    // One pass over the headers for both names (Headers.get scans them all for each); like
    // Headers.get, the last value of a repeated header wins. HeaderNumber reads the digits in
    // place: nothing is allocated.
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
    long reportedReset = HeaderNumber.parse(resetValue);
    if (reportedRemaining != HeaderNumber.ABSENT && reportedReset != HeaderNumber.ABSENT) {
      RateLimitReset judged = record(Math.max(reportedRemaining, 0), reportedReset, clock);
      if (judged != null && (!judged.trusted() || judged.asMillis())) {
        warnOnce(reportedReset, judged);
      }
    }
  }

  /** {@return the reset's new reading, or {@code null} when it repeats the last one} */
  private RateLimitReset record(long reportedRemaining, long reportedReset, Clock clock) {
    remaining.set(reportedRemaining);
    Reset current = reset.get();
    if (reportedReset == current.reported()) {
      return null;
    }
    RateLimitReset judged = RateLimitReset.read(reportedReset, clock.instant());
    reset.set(new Reset(reportedReset, judged.at()));
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
