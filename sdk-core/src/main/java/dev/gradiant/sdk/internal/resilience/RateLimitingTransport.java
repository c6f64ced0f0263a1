package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import okhttp3.Headers;

/**
 * Keeps each attempt under the rate limit: it waits while the server's budget is spent (until
 * {@code X-RateLimit-Reset}) and, when configured, for the client-side per-minute limit. A wait
 * longer than {@code maxWait}, or past the call's deadline, is not slept: the call fails at once
 * with a {@link RateLimitException} whose {@code retryAfter()} is the wait, and nothing is sent.
 */
public final class RateLimitingTransport implements HttpTransport {
  private final HttpTransport next;
  private final RateLimitBudget budget;
  private final RequestRateLimiter limiter;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration maxWait;

  /**
   * @param next the transport to send through
   * @param budget the server-reported budget shared by the client's threads
   * @param limiter the client-side per-minute limit, or {@code null} for none
   * @param clock the time source
   * @param sleeper how to wait
   * @param maxWait the longest wait that is slept
   */
  public RateLimitingTransport(
      HttpTransport next,
      RateLimitBudget budget,
      RequestRateLimiter limiter,
      Clock clock,
      Sleeper sleeper,
      Duration maxWait) {
    this.next = next;
    this.budget = budget;
    this.limiter = limiter;
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxWait = maxWait;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    Instant now = clock.instant();
    Duration wait = budget.take(now);
    if (limiter != null) {
      Duration limiterWait = limiter.reserve(now);
      if (limiterWait.compareTo(wait) > 0) {
        wait = limiterWait;
      }
    }
    if (!wait.isZero()) {
      waitOrFail(request, now, wait);
    }
    HttpResponse response = next.execute(request);
    budget.update(response.headers());
    return response;
  }

  private void waitOrFail(HttpRequest request, Instant now, Duration wait) {
    Instant deadline = request.attempt().deadline();
    if (wait.compareTo(maxWait) > 0 || (deadline != null && now.plus(wait).isAfter(deadline))) {
      if (limiter != null) {
        limiter.release();
      }
      throw budgetSpent(request, wait);
    }
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(
          request.describe() + " was interrupted while waiting for the rate limit", e);
    }
  }

  private static RateLimitException budgetSpent(HttpRequest request, Duration wait) {
    long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
    ApiError error =
        new ApiError(
            "RATE_LIMIT_EXCEEDED",
            "The rate limit is spent for the next "
                + seconds
                + " s, longer than this call may wait; "
                + request.describe()
                + " was not sent (retry after the wait)",
            null,
            List.of());
    ResponseMetadata metadata =
        new ResponseMetadata(429, Headers.of("Retry-After", Long.toString(seconds)), null);
    return new RateLimitException(error, metadata, "");
  }

  @Override
  public void close() {
    next.close();
  }
}
