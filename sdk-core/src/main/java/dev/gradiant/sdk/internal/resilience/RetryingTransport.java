package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.headers.RetryAfter;
import dev.gradiant.sdk.internal.http.Attempt;
import dev.gradiant.sdk.internal.http.Cancellation;
import dev.gradiant.sdk.internal.http.CredentialsFailure;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.HttpTransport;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Retries one logical call: connection failures, timeouts before a response, and {@code 408},
 * {@code 429}, {@code 500}, {@code 502}, {@code 503}, {@code 504}; never another status. A {@code
 * POST} is retried only because it carries an {@code Idempotency-Key}, the same on every attempt.
 *
 * <p>It is the outermost layer of the chain, so every transmission of the call is one of its
 * attempts. A {@code 401} after which the credentials were renewed ({@link
 * HttpResponse#credentialsRenewed()}) is replayed once, at once (a zero wait), as one more attempt
 * counted in the same budget and held to the same deadline. With no retry left (as with {@code
 * maxRetries(0)}) the {@code 401} is returned still marked, and reaches the caller as a {@code
 * CredentialsRenewedException}; when the deadline has passed, the call fails with an {@code
 * ApiTimeoutException}. Either way the renewed credentials serve the next call.
 *
 * <p>When the credentials fail ({@link CredentialsFailure}: the token endpoint answered {@code 429}
 * or {@code 5xx}, or could not be reached), the attempt is retried like one that lost its
 * connection: with the same backoff or {@code Retry-After}, in the same budget, to the same
 * deadline, even for a request not otherwise retried (nothing was acted on); retry reason {@code
 * credentials failed (HTTP 503)}. After the last attempt, or at once for a failure that is not
 * transient, the credentials' own exception ends the call, reporting the call's attempts.
 *
 * <p>Each outcome is sorted by {@link AttemptOutcome} and decided by the call's {@link CallState};
 * whatever ends the call reports the call's attempts and last retry reason ({@link AttemptsStamp}).
 *
 * <p>resilience4j decides whether to retry and how long to wait (its non-blocking context, so that
 * this class does the waiting: an injectable {@link Sleeper} for blocking calls, a {@link
 * Scheduler} for asynchronous ones; both paths drive the same per-call {@code CallState}): {@code
 * Retry-After} when the server sent one, the rate-limit reset for a {@code 429} without it, else
 * exponential backoff with full jitter. A wait longer than the policy's {@code maxWait}, or one
 * that would end past the call's deadline, is not slept: the last answer is returned (or the last
 * failure thrown) at once.
 */
public final class RetryingTransport implements HttpTransport {
  private final HttpTransport next;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Scheduler scheduler;
  private final Backoff backoff;
  private final Retry defaultRetry;
  // Made once: a call asks for its Retry only when an outcome may be retried.
  private final Function<HttpRequest, Retry> retries = this::retryFor;

  /**
   * @param next the transport each attempt goes through
   * @param policy the client's retry settings
   * @param clock the time source for deadlines and {@code Retry-After} dates
   * @param sleeper how a blocking call waits between attempts
   * @param scheduler how an asynchronous call waits between attempts
   * @param backoff the wait when the server names none
   */
  public RetryingTransport(
      HttpTransport next,
      RetryPolicy policy,
      Clock clock,
      Sleeper sleeper,
      Scheduler scheduler,
      Backoff backoff) {
    this.next = next;
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.scheduler = scheduler;
    this.backoff = backoff;
    // Built once: a Retry holds only configuration and metrics, each call keeps its own state in
    // its AsyncContext. Building one per call cost about 1.2 KB and a tenth of a GET's CPU time.
    this.defaultRetry = newRetry(policy.maxRetries(), backoff);
  }

  /**
   * Sends the first attempt; a call whose first answer is final (nearly every call) ends there,
   * and, for a request made with its deadline fixed ({@link Attempt#first}), makes no {@link
   * CallState}: the state is made for the retries only.
   */
  @Override
  public HttpResponse execute(HttpRequest request) {
    CallState call = request.attempt().isFixedFirst() ? null : newCall(request);
    HttpRequest first = call == null ? request : call.nextAttempt();
    AttemptOutcome outcome;
    try {
      HttpResponse response = next.execute(first);
      if (CallState.isFinalFirst(response)) {
        return response;
      }
      outcome = AttemptOutcome.of(response);
    } catch (RuntimeException failure) {
      outcome = AttemptOutcome.of(failure, first.attempt());
    }
    if (call == null) {
      call = newCall(request);
      call.nextAttempt(); // the first, already sent: the request itself
    }
    return retried(call, first, outcome);
  }

  /** Goes on with a blocking call after {@code attempt} ended with {@code outcome}. */
  private HttpResponse retried(CallState call, HttpRequest attempt, AttemptOutcome outcome) {
    while (true) {
      Verdict verdict = call.after(outcome);
      if (!verdict.retries()) {
        return verdict.answerOrThrow();
      }
      RetryReasons.report(attempt, outcome, verdict.delay());
      sleep(verdict.delay(), call);
      attempt = call.nextAttempt();
      try {
        outcome = AttemptOutcome.of(next.execute(attempt));
      } catch (RuntimeException failure) {
        outcome = AttemptOutcome.of(failure, attempt.attempt());
      }
    }
  }

  /**
   * The same decisions as {@link #execute}, made by the same {@link CallState}; the waits between
   * attempts are {@link Scheduler} delays, so no thread waits. Once the request's {@link
   * Cancellation} fires, the wait in progress is dropped and no further attempt is sent.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    if (!request.attempt().isFixedFirst()) {
      attemptAsync(newCall(request), result);
      return result;
    }
    // As on the blocking face: the request goes out as made, and the call's state is made only
    // when its first answer is not final.
    if (request.cancellation().isCancelled()) {
      result.completeExceptionally(cancelled(request));
      return result;
    }
    sendAsync(request)
        .whenComplete(
            (response, error) -> {
              try {
                if (error == null && CallState.isFinalFirst(response)) {
                  result.complete(response);
                  return;
                }
                CallState call = newCall(request);
                call.nextAttempt(); // the first, already sent: the request itself
                afterAttemptAsync(call, request, response, error, result);
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  private void attemptAsync(CallState call, CompletableFuture<HttpResponse> result) {
    if (call.request().cancellation().isCancelled()) {
      result.completeExceptionally(cancelled(call.request()));
      return;
    }
    HttpRequest attempt = call.nextAttempt();
    sendAsync(attempt)
        .whenComplete(
            (response, error) -> {
              try {
                afterAttemptAsync(call, attempt, response, error, result);
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            });
  }

  /** {@return the next layer's future of {@code attempt}, or of what starting it threw} */
  private CompletableFuture<HttpResponse> sendAsync(HttpRequest attempt) {
    try {
      return next.executeAsync(attempt);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Decides an asynchronous call's way after {@code attempt} ended with {@code response} or {@code
   * error}: completes {@code result}, or sends the next attempt after the wait the verdict names.
   */
  private void afterAttemptAsync(
      CallState call,
      HttpRequest attempt,
      HttpResponse response,
      Throwable error,
      CompletableFuture<HttpResponse> result) {
    AttemptOutcome outcome =
        error == null
            ? AttemptOutcome.of(response)
            : AttemptOutcome.of(Futures.unwrap(error), attempt.attempt());
    Verdict verdict = call.after(outcome);
    if (!verdict.retries()) {
      verdict.complete(result);
      return;
    }
    RetryReasons.report(attempt, outcome, verdict.delay());
    scheduler
        .delay(verdict.delay(), call.request().cancellation())
        .whenComplete(
            (ignored, interrupted) -> {
              if (interrupted == null) {
                attemptAsync(call, result);
              } else {
                result.completeExceptionally(Futures.unwrap(interrupted));
              }
            });
  }

  private static CancellationException cancelled(HttpRequest request) {
    return new CancellationException(request.describe() + " was cancelled");
  }

  /**
   * The call's state, on the deadline its request was made with ({@link Attempt#first}), else on
   * one fixed now.
   */
  private CallState newCall(HttpRequest request) {
    Attempt made = request.attempt();
    if (made.isFixedFirst()) {
      return new CallState(request, made.deadline(), retries, policy.maxWait(), clock);
    }
    Duration timeout = request.options().timeout().orElse(policy.timeout());
    Instant deadline = timeout == null ? null : clock.instant().plus(timeout);
    return new CallState(request, deadline, retries, policy.maxWait(), clock);
  }

  /** The client's {@link Retry}, unless this call overrides its retries or backoff. */
  private Retry retryFor(HttpRequest request) {
    RequestOptions options = request.options();
    int maxRetries = options.maxRetries().orElse(policy.maxRetries());
    Backoff callBackoff =
        options.retryBaseDelay().isPresent()
            ? backoff.withDelays(options.retryBaseDelay().get(), options.retryMaxDelay().get())
            : backoff;
    return maxRetries == policy.maxRetries() && callBackoff == backoff
        ? defaultRetry
        : newRetry(maxRetries, callBackoff);
  }

  private void sleep(Duration wait, CallState call) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(
          call.request().describe() + " was interrupted while waiting to retry",
          e,
          call.attempts(),
          call.reason());
    }
  }

  private Retry newRetry(int maxRetries, Backoff backoff) {
    IntervalBiFunction<HttpResponse> interval =
        (retry, outcome) -> {
          if (outcome.isLeft()) {
            // a failure of the credentials may name its wait (a token endpoint's Retry-After)
            return (outcome.getLeft() instanceof ApiException api
                    ? RetryAfter.of(
                        api.statusCode(), name -> api.headers().last(name).orElse(null), clock)
                    : Optional.<Duration>empty())
                .orElseGet(() -> backoff.before(retry))
                .toMillis();
          }
          HttpResponse response = outcome.get();
          return response.credentialsRenewed()
              ? 0L
              : RetryAfter.of(response.statusCode(), response.headers()::get, clock)
                  .orElseGet(() -> backoff.before(retry))
                  .toMillis();
        };
    RetryConfig config =
        RetryConfig.<HttpResponse>custom()
            .maxAttempts(maxRetries + 1)
            .retryOnResult(
                response ->
                    response.credentialsRenewed() || RetryStatuses.isRetried(response.statusCode()))
            .retryOnException(RetryStatuses::isTransient)
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
