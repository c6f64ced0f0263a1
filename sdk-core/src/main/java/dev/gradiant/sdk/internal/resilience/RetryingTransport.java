package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.internal.http.Attempt;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Retries one logical call: connection failures, timeouts before a response, and {@code 408},
 * {@code 429}, {@code 500}, {@code 502}, {@code 503}, {@code 504}; never another status. A {@code
 * POST} is retried only because it carries an {@code Idempotency-Key}, the same on every attempt.
 *
 * <p>resilience4j decides whether to retry and how long to wait (its non-blocking context, so that
 * this class does the waiting with an injectable {@link Sleeper}): {@code Retry-After} when the
 * server sent one, the rate-limit reset for a {@code 429} without it, else exponential backoff with
 * full jitter. A wait longer than the policy's {@code maxWait}, or one that would end past the
 * call's deadline, is not slept: the last answer is returned (or the last failure thrown) at once.
 */
public final class RetryingTransport implements HttpTransport {
  private static final Set<Integer> RETRIED_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

  private final HttpTransport next;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Backoff backoff;

  /**
   * @param next the transport each attempt goes through
   * @param policy the client's retry settings
   * @param clock the time source for deadlines and {@code Retry-After} dates
   * @param sleeper how to wait between attempts
   * @param backoff the wait when the server names none
   */
  public RetryingTransport(
      HttpTransport next, RetryPolicy policy, Clock clock, Sleeper sleeper, Backoff backoff) {
    this.next = next;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.backoff = backoff;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    int maxRetries = request.options().maxRetries().orElse(policy.maxRetries());
    Duration timeout = request.options().timeout().orElse(policy.timeout());
    Instant deadline = timeout == null ? null : clock.instant().plus(timeout);
    boolean retryable = isRetryable(request);
    Backoff backoff =
        request.options().retryBaseDelay().isPresent()
            ? this.backoff.withDelays(
                request.options().retryBaseDelay().get(), request.options().retryMaxDelay().get())
            : this.backoff;
    Retry.AsyncContext<HttpResponse> context = newRetry(maxRetries, backoff).asyncContext();
    String reason = null;
    for (int attempt = 1; ; attempt++) {
      HttpRequest sent = request.withAttempt(new Attempt(attempt, deadline));
      HttpResponse response;
      try {
        response = next.execute(sent);
      } catch (ConnectionException | ApiTimeoutException failure) {
        long delay = retryable ? context.onError(failure) : -1;
        if (delay < 0 || !canWait(Duration.ofMillis(delay), deadline)) {
          throw afterAttempts(failure, attempt, reason);
        }
        reason = failure instanceof ApiTimeoutException ? "timeout" : "connection failed";
        sleep(Duration.ofMillis(delay), request, attempt, reason);
        continue;
      }
      long delay = retryable ? context.onResult(response) : -1;
      if (delay < 0 || !canWait(Duration.ofMillis(delay), deadline)) {
        if (response.isSuccessful()) {
          context.onComplete();
        }
        return response.withRetries(attempt, reason);
      }
      reason = "HTTP " + response.statusCode();
      sleep(Duration.ofMillis(delay), request, attempt, reason);
    }
  }

  /** Every method but POST is idempotent; a POST is only with its idempotency key. */
  private static boolean isRetryable(HttpRequest request) {
    return !request.method().equals("POST") || request.headers().get("Idempotency-Key") != null;
  }

  private boolean canWait(Duration wait, Instant deadline) {
    if (wait.compareTo(policy.maxWait()) > 0) {
      return false;
    }
    return deadline == null || !clock.instant().plus(wait).isAfter(deadline);
  }

  private void sleep(Duration wait, HttpRequest request, int attempt, String reason) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(
          request.describe() + " was interrupted while waiting to retry", e, attempt, reason);
    }
  }

  private static GradiantException afterAttempts(
      GradiantException failure, int attempts, String reason) {
    if (attempts == 1) {
      return failure;
    }
    String message = failure.getMessage() + " (after " + attempts + " attempts)";
    return failure instanceof ApiTimeoutException
        ? new ApiTimeoutException(message, failure.getCause(), attempts, reason)
        : new ConnectionException(message, failure.getCause(), attempts, reason);
  }

  private Retry newRetry(int maxRetries, Backoff backoff) {
    IntervalBiFunction<HttpResponse> interval =
        (retry, outcome) ->
            outcome.isRight()
                ? RetryAfter.of(outcome.get().statusCode(), outcome.get().headers(), clock)
                    .orElseGet(() -> backoff.before(retry))
                    .toMillis()
                : backoff.before(retry).toMillis();
    RetryConfig config =
        RetryConfig.<HttpResponse>custom()
            .maxAttempts(maxRetries + 1)
            .retryOnResult(response -> RETRIED_STATUSES.contains(response.statusCode()))
            .retryOnException(
                e -> e instanceof ConnectionException || e instanceof ApiTimeoutException)
            .intervalBiFunction(interval)
            .failAfterMaxAttempts(false)
            .build();
    return Retry.of("gradiant-" + maxRetries, config);
  }

  @Override
  public void close() {
    next.close();
  }
}
