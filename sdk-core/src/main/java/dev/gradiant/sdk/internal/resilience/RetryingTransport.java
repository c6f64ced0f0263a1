package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.GradiantException;
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

/**
 * Retries one logical call: connection failures, timeouts before a response, and {@code 408},
 * {@code 429}, {@code 500}, {@code 502}, {@code 503}, {@code 504}; never another status. A {@code
 * POST} is retried only because it carries an {@code Idempotency-Key}, the same on every attempt.
 *
 * <p>It is the outermost layer of the chain, so every transmission of the call is one of its
 * attempts. A {@code 401} after which the credentials were renewed ({@link
 * HttpResponse#credentialsRenewed()}) is replayed once, at once (a zero wait), as one more attempt
 * counted in the same budget and held to the same deadline: with {@code maxRetries(0)} it is
 * returned, and the renewed credentials serve the next call.
 *
 * <p>When the credentials fail ({@link CredentialsFailure}: the token endpoint answered {@code 429}
 * or {@code 5xx}, or could not be reached), the attempt fails like one that lost its connection:
 * retried with the same backoff or {@code Retry-After}, in the same budget, to the same deadline,
 * even for a request not otherwise retried (nothing was acted on); after the last attempt the
 * credentials' own exception is thrown as it is. Any other failure of the credentials is thrown at
 * once.
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
  /** The retry reason of the replay after renewing the credentials. */
  static final String CREDENTIALS_RENEWED = "credentials renewed";

  private final HttpTransport next;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Scheduler scheduler;
  private final Backoff backoff;
  private final Retry defaultRetry;

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

  @Override
  public HttpResponse execute(HttpRequest request) {
    CallState call = new CallState(request);
    while (true) {
      HttpResponse response;
      try {
        response = next.execute(call.nextAttempt());
      } catch (ConnectionException | ApiTimeoutException failure) {
        Duration wait = call.retryAfter(failure).orElseThrow(() -> call.last(failure));
        sleep(wait, call);
        continue;
      } catch (CredentialsFailure failure) {
        Duration wait = call.retryAfterCredentials(failure.failure()).orElseThrow(failure::failure);
        sleep(wait, call);
        continue;
      }
      Optional<Duration> wait = call.retryAfter(response);
      if (wait.isEmpty()) {
        return call.last(response);
      }
      sleep(wait.get(), call);
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
    attemptAsync(new CallState(request), result);
    return result;
  }

  private void attemptAsync(CallState call, CompletableFuture<HttpResponse> result) {
    Cancellation cancellation = call.request.cancellation();
    if (cancellation.isCancelled()) {
      result.completeExceptionally(
          new CancellationException(call.request.describe() + " was cancelled"));
      return;
    }
    Futures.start(() -> next.executeAsync(call.nextAttempt()))
        .whenComplete(
            (response, error) -> {
              try {
                Optional<Duration> wait = decide(call, response, error, result);
                if (wait.isPresent()) {
                  scheduler
                      .delay(wait.get(), cancellation)
                      .whenComplete(
                          (ignored, interrupted) -> {
                            if (interrupted == null) {
                              attemptAsync(call, result);
                            } else {
                              result.completeExceptionally(Futures.unwrap(interrupted));
                            }
                          });
                }
              } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
              }
            });
  }

  /** Completes {@code result} with the attempt's outcome, or returns the wait before the next. */
  private static Optional<Duration> decide(
      CallState call,
      HttpResponse response,
      Throwable error,
      CompletableFuture<HttpResponse> result) {
    if (error == null) {
      Optional<Duration> wait = call.retryAfter(response);
      if (wait.isEmpty()) {
        result.complete(call.last(response));
      }
      return wait;
    }
    Throwable failure = Futures.unwrap(error);
    if (failure instanceof CredentialsFailure credentials) {
      RuntimeException cause = credentials.failure();
      Optional<Duration> wait =
          call.request.cancellation().isCancelled()
              ? Optional.empty()
              : call.retryAfterCredentials(cause);
      if (wait.isEmpty()) {
        result.completeExceptionally(cause);
      }
      return wait;
    }
    if ((failure instanceof ConnectionException || failure instanceof ApiTimeoutException)
        && !call.request.cancellation().isCancelled()) {
      GradiantException retriable = (GradiantException) failure;
      Optional<Duration> wait = call.retryAfter(retriable);
      if (wait.isEmpty()) {
        result.completeExceptionally(call.last(retriable));
      }
      return wait;
    }
    result.completeExceptionally(failure);
    return Optional.empty();
  }

  /**
   * One logical call's way through its attempts, driven by both paths: the deadline, whether the
   * request may be retried at all, resilience4j's per-call context, the attempt number and why the
   * last retry was made. Used by one call at a time (the asynchronous path hands it from one
   * completion to the next).
   */
  private final class CallState {
    private final HttpRequest request;
    private final Instant deadline;
    private final boolean retryable;
    // resilience4j's per-call context, created at the first outcome that may be retried: a call
    // whose first answer is final (nearly all of them) never needs one.
    private Retry.AsyncContext<HttpResponse> context;
    private int attempt;
    private String reason;
    // Whether an attempt renewed the credentials: the call renews them at most once.
    private boolean renewed;
    // Whether an attempt ended without an answer after the request may have reached the server.
    private boolean answerLost;

    CallState(HttpRequest request) {
      this.request = request;
      Duration timeout = request.options().timeout().orElse(policy.timeout());
      this.deadline = timeout == null ? null : clock.instant().plus(timeout);
      this.retryable = isRetryable(request);
    }

    /** {@return the request of the next attempt, numbered and carrying the call's deadline} */
    HttpRequest nextAttempt() {
      attempt++;
      return request.withAttempt(new Attempt(attempt, deadline, !renewed));
    }

    /**
     * {@return the wait before retrying after {@code response}, or empty to return it} A {@code
     * 401} whose credentials were renewed is replayed at once, even for a request not otherwise
     * retried: the server refused it without acting on it.
     */
    Optional<Duration> retryAfter(HttpResponse response) {
      boolean replay = response.credentialsRenewed();
      renewed |= replay;
      if (!replay && (!retryable || (context == null && !isRetriedStatus(response.statusCode())))) {
        return Optional.empty();
      }
      long delay = context().onResult(response);
      if (delay < 0 || !canWait(Duration.ofMillis(delay), deadline)) {
        if (response.isSuccessful()) {
          context.onComplete();
        }
        return Optional.empty();
      }
      reason = replay ? CREDENTIALS_RENEWED : "HTTP " + response.statusCode();
      return Optional.of(Duration.ofMillis(delay));
    }

    /**
     * {@return the wait before retrying after {@code failure} of the exchange, or empty to fail
     * with it} The request may have reached the server: the answers after it say so.
     */
    Optional<Duration> retryAfter(GradiantException failure) {
      answerLost = true;
      long delay = retryable ? context().onError(failure) : -1;
      if (delay < 0 || !canWait(Duration.ofMillis(delay), deadline)) {
        return Optional.empty();
      }
      reason = failure instanceof ApiTimeoutException ? "timeout" : "connection failed";
      return Optional.of(Duration.ofMillis(delay));
    }

    /**
     * {@return the wait before retrying after the credentials failed with {@code failure}, or empty
     * to throw it} Nothing was acted on, so even a request not otherwise retried may be.
     */
    Optional<Duration> retryAfterCredentials(RuntimeException failure) {
      long delay = context().onError(failure);
      if (delay < 0 || !canWait(Duration.ofMillis(delay), deadline)) {
        return Optional.empty();
      }
      reason = "credentials renewal failed (" + describe(failure) + ")";
      return Optional.of(Duration.ofMillis(delay));
    }

    /**
     * {@return the final response, recording the attempts it took and whether one of them lost its
     * answer}
     */
    HttpResponse last(HttpResponse response) {
      HttpResponse last = attempt == 1 ? response : response.withRetries(attempt, reason);
      return answerLost ? last.withEarlierAnswerLost() : last;
    }

    /** {@return the final failure, recording the attempts it took} */
    GradiantException last(GradiantException failure) {
      return afterAttempts(failure, attempt, reason);
    }

    /** The per-call context, on the client's {@link Retry} unless this call overrides it. */
    private Retry.AsyncContext<HttpResponse> context() {
      if (context == null) {
        RequestOptions options = request.options();
        int maxRetries = options.maxRetries().orElse(policy.maxRetries());
        Backoff backoff =
            options.retryBaseDelay().isPresent()
                ? RetryingTransport.this.backoff.withDelays(
                    options.retryBaseDelay().get(), options.retryMaxDelay().get())
                : RetryingTransport.this.backoff;
        Retry retry =
            maxRetries == policy.maxRetries() && backoff == RetryingTransport.this.backoff
                ? defaultRetry
                : newRetry(maxRetries, backoff);
        context = retry.asyncContext();
      }
      return context;
    }
  }

  /** The statuses worth another attempt (a switch: no boxing of the status on every call). */
  private static boolean isRetriedStatus(int status) {
    switch (status) {
      case 408, 429, 500, 502, 503, 504:
        return true;
      default:
        return false;
    }
  }

  /** {@code HTTP 503}, {@code timeout} or {@code connection failed}: a transient failure. */
  private static String describe(RuntimeException failure) {
    if (failure instanceof ApiException api) {
      return "HTTP " + api.statusCode();
    }
    return failure instanceof ApiTimeoutException ? "timeout" : "connection failed";
  }

  /** Whether {@code failure} may pass if tried again: no answer, or a retried status. */
  private static boolean isTransient(Throwable failure) {
    return failure instanceof ConnectionException
        || failure instanceof ApiTimeoutException
        || (failure instanceof ApiException api && isRetriedStatus(api.statusCode()));
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

  private void sleep(Duration wait, CallState call) {
    try {
      sleeper.sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionException(
          call.request.describe() + " was interrupted while waiting to retry",
          e,
          call.attempt,
          call.reason);
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
                response -> response.credentialsRenewed() || isRetriedStatus(response.statusCode()))
            .retryOnException(RetryingTransport::isTransient)
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
