package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

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
  private final Scheduler scheduler;
  private final Duration maxWait;

  /**
   * @param next the transport to send through
   * @param budget the server-reported budget shared by the client's threads
   * @param limiter the client-side per-minute limit, or {@code null} for none
   * @param clock the time source
   * @param sleeper how a blocking call waits
   * @param scheduler how an asynchronous call waits
   * @param maxWait the longest wait that is slept
   */
  public RateLimitingTransport(
      HttpTransport next,
      RateLimitBudget budget,
      RequestRateLimiter limiter,
      Clock clock,
      Sleeper sleeper,
      Scheduler scheduler,
      Duration maxWait) {
    this.next = next;
    this.budget = budget;
    this.limiter = limiter;
    this.clock = clock;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.maxWait = maxWait;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    Duration wait = admit(request);
    if (!wait.isZero()) {
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectionException(
            request.describe() + " was interrupted while waiting for the rate limit", e);
      }
    }
    HttpResponse response = next.execute(request);
    budget.update(response.headers(), clock);
    return response;
  }

  /**
   * The same admission as {@link #execute}; the wait is a {@link Scheduler} delay. A call cancelled
   * while it waits gives its client-side reservation back and sends nothing.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    Duration wait;
    try {
      wait = admit(request);
    } catch (RateLimitException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<HttpResponse> sent;
    if (wait.isZero()) {
      sent = next.executeAsync(request);
    } else {
      sent =
          scheduler
              .delay(wait, request.cancellation())
              .whenComplete(
                  (ignored, failure) -> {
                    if (failure != null && limiter != null) {
                      limiter.release();
                    }
                  })
              .thenCompose(ignored -> next.executeAsync(request));
    }
    return sent.thenApply(
        response -> {
          budget.update(response.headers(), clock);
          return response;
        });
  }

  /**
   * Takes one unit of the server's budget and, when configured, one client-side reservation.
   *
   * @return how long to wait before sending; zero to send now
   * @throws RateLimitException when the wait is longer than {@code maxWait} or would end past the
   *     call's deadline; nothing is then reserved
   */
  private Duration admit(HttpRequest request) {
    Duration wait = budget.take(clock);
    Instant now = null;
    if (limiter != null) {
      now = clock.instant();
      Duration limiterWait = limiter.reserve(now);
      if (limiterWait.compareTo(wait) > 0) {
        wait = limiterWait;
      }
    }
    if (wait.isZero()) {
      return wait;
    }
    if (now == null) {
      now = clock.instant();
    }
    Instant deadline = request.attempt().deadline();
    if (wait.compareTo(maxWait) > 0 || (deadline != null && now.plus(wait).isAfter(deadline))) {
      if (limiter != null) {
        limiter.release();
      }
      throw budgetSpent(request, wait);
    }
    return wait;
  }

  private static RateLimitException budgetSpent(HttpRequest request, Duration wait) {
    // Whole seconds rounded up, from the Duration's fields: no arithmetic that could overflow.
    long seconds = Math.max(1, wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0));
    ApiError error =
        ApiError.builder()
            .code("RATE_LIMIT_EXCEEDED")
            .message(
                "The rate limit is spent for the next "
                    + seconds
                    + " s, longer than this call may wait; "
                    + request.describe()
                    + " was not sent (retry after the wait)")
            .build();
    ResponseMetadata metadata =
        ResponseMetadata.builder()
            .statusCode(429)
            .headers(HttpHeaders.of("Retry-After", Long.toString(seconds)))
            .build();
    return new RateLimitException(error, metadata, "");
  }

  @Override
  public void close() {
    next.close();
  }
}
