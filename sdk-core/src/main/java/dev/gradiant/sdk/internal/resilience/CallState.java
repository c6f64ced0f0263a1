package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.internal.http.Attempt;
import dev.gradiant.sdk.internal.http.ErrorMapper;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import io.github.resilience4j.retry.Retry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

/**
 * One logical call's way through its attempts, driven by both faces of {@link RetryingTransport}:
 * it numbers the attempts, keeps the call's deadline and resilience4j's per-call context, remembers
 * why it last retried and whether an attempt lost its answer, and turns each {@link AttemptOutcome}
 * into a {@link Verdict}. Whatever ends the call reports the call's attempts ({@link
 * AttemptsStamp}). Used by one call at a time (the asynchronous face hands it from one completion
 * to the next).
 */
final class CallState {
  /** The retry reason of the replay after renewing the credentials. */
  static final String CREDENTIALS_RENEWED = "credentials renewed";

  private final HttpRequest request;
  private final Instant deadline;
  private final boolean retryable;
  private final Function<HttpRequest, Retry> retry;
  private final Duration maxWait;
  private final Clock clock;
  // resilience4j's per-call context, created at the first outcome that may be retried: a call
  // whose first answer is final (nearly all of them) never needs one.
  private Retry.AsyncContext<HttpResponse> context;
  private int attempt;
  private String reason;
  // Whether an attempt renewed the credentials: the call renews them at most once.
  private boolean renewed;
  // Whether an attempt ended without an answer after the request may have reached the server.
  private boolean answerLost;

  /**
   * @param request the call
   * @param deadline when the call must have ended, or {@code null} for never
   * @param retry the retry configuration of a call, asked for with this call's request only when an
   *     outcome may be retried
   * @param maxWait the longest wait between attempts
   * @param clock the time source of the deadline
   */
  CallState(
      HttpRequest request,
      Instant deadline,
      Function<HttpRequest, Retry> retry,
      Duration maxWait,
      Clock clock) {
    this.request = request;
    this.deadline = deadline;
    this.retryable = isRetryable(request);
    this.retry = retry;
    this.maxWait = maxWait;
    this.clock = clock;
  }

  /**
   * {@return the request of the next attempt, numbered and carrying the call's deadline} The first
   * attempt of a request made with its deadline fixed ({@link Attempt#isFixedFirst()}) is that
   * request itself.
   */
  HttpRequest nextAttempt() {
    attempt++;
    if (attempt == 1 && request.attempt().isFixedFirst()) {
      return request;
    }
    return request.withAttempt(new Attempt(attempt, deadline, !renewed));
  }

  /** {@return the call as the caller made it} */
  HttpRequest request() {
    return request;
  }

  /** {@return the attempts made so far} */
  int attempts() {
    return attempt;
  }

  /** {@return why the call last retried, or {@code null}} */
  String reason() {
    return reason;
  }

  /**
   * {@return whether {@code response}, the answer to a call's first attempt, ends the call as it
   * is} An answer with a status that is never retried, and not a {@code 401} whose credentials were
   * renewed: what {@link #after} would answer with no further attempt, decided without the call's
   * state, the outcome and verdict objects. Nearly every call ends so.
   */
  static boolean isFinalFirst(HttpResponse response) {
    return !response.credentialsRenewed() && !RetryStatuses.isRetried(response.statusCode());
  }

  /** {@return what to do after the latest attempt ended with {@code outcome}} */
  Verdict after(AttemptOutcome outcome) {
    if (!request.bodyCanBeSentAgain()) {
      return unrepeatable(outcome);
    }
    return switch (outcome.kind()) {
      case ANSWERED -> afterAnswer(outcome.response());
      case CREDENTIALS_RENEWED -> afterRenewal(outcome.response());
      case ANSWER_LOST, NOT_SENT -> afterNoAnswer(outcome);
      case CREDENTIALS_FAILED -> afterCredentialsFailure(outcome.failure());
      case FAILED -> Verdict.fail(stamped(outcome.failure()));
    };
  }

  /**
   * Ends a call whose body cannot be sent again (an {@code InputStream} upload that was read) with
   * its outcome as it is: retrying could send a second, truncated or empty upload. A {@code 401}
   * whose credentials were renewed is returned still marked, as with no retry left.
   */
  private Verdict unrepeatable(AttemptOutcome outcome) {
    return switch (outcome.kind()) {
      case ANSWERED, CREDENTIALS_RENEWED -> Verdict.answer(last(outcome.response()));
      default -> Verdict.fail(stamped(outcome.failure()));
    };
  }

  /** Retries a retried status while the budget, the deadline and {@code maxWait} allow. */
  private Verdict afterAnswer(HttpResponse response) {
    if (!retryable || (context == null && !RetryStatuses.isRetried(response.statusCode()))) {
      return Verdict.answer(last(response));
    }
    long delay = context().onResult(response);
    if (delay < 0 || !canWait(Duration.ofMillis(delay))) {
      if (response.isSuccessful()) {
        context.onComplete();
      }
      return Verdict.answer(last(response));
    }
    reason = "HTTP " + response.statusCode();
    return Verdict.retryAfter(Duration.ofMillis(delay));
  }

  /**
   * Replays a {@code 401} whose credentials were renewed at once, even for a request not otherwise
   * retried (the server refused it without acting on it). Without a retry left, the {@code 401} is
   * returned still marked, for a {@code CredentialsRenewedException}; past the deadline, the call
   * times out.
   */
  private Verdict afterRenewal(HttpResponse response) {
    renewed = true;
    long delay = context().onResult(response);
    if (delay < 0) {
      return Verdict.answer(last(response));
    }
    if (!canWait(Duration.ofMillis(delay))) {
      return Verdict.fail(renewedTooLate(last(response)));
    }
    reason = CREDENTIALS_RENEWED;
    return Verdict.retryAfter(Duration.ofMillis(delay));
  }

  /** The failure of a call whose credentials were renewed after its deadline had passed. */
  private ApiTimeoutException renewedTooLate(HttpResponse refused) {
    return new ApiTimeoutException(
        request.describe()
            + " timed out: its credentials were refused (HTTP 401) and renewed, too late to repeat"
            + " it within its timeout; repeating the call uses the new credentials",
        ErrorMapper.toException(refused),
        attempt,
        reason);
  }

  /** Retries a connection failure or timeout of a retryable request. */
  private Verdict afterNoAnswer(AttemptOutcome outcome) {
    Throwable failure = outcome.failure();
    answerLost |= outcome.kind() == AttemptOutcome.Kind.ANSWER_LOST;
    if (request.cancellation().isCancelled()) {
      return Verdict.fail(failure);
    }
    long delay = retryable ? context().onError(failure) : -1;
    if (delay < 0 || !canWait(Duration.ofMillis(delay))) {
      return Verdict.fail(stamped(failure));
    }
    reason = failure instanceof ApiTimeoutException ? "timeout" : "connection failed";
    return Verdict.retryAfter(Duration.ofMillis(delay));
  }

  /**
   * Retries a transient failure of the credentials (the token endpoint's {@code 503}, a connection
   * failure), even for a request not otherwise retried: nothing was acted on.
   */
  private Verdict afterCredentialsFailure(Throwable failure) {
    if (request.cancellation().isCancelled()) {
      return Verdict.fail(stamped(failure));
    }
    long delay = context().onError(failure);
    if (delay < 0 || !canWait(Duration.ofMillis(delay))) {
      return Verdict.fail(stamped(failure));
    }
    reason = "credentials failed (" + describe(failure) + ")";
    return Verdict.retryAfter(Duration.ofMillis(delay));
  }

  /** {@return the final answer, recording the attempts it took and whether one lost its answer} */
  private HttpResponse last(HttpResponse response) {
    HttpResponse last = attempt == 1 ? response : response.withRetries(attempt, reason);
    return answerLost ? last.withEarlierAnswerLost() : last;
  }

  /** {@return the final failure, reporting the call's attempts} */
  private Throwable stamped(Throwable failure) {
    return AttemptsStamp.of(failure, attempt, reason);
  }

  /** The per-call context, created on first use. */
  private Retry.AsyncContext<HttpResponse> context() {
    if (context == null) {
      context = retry.apply(request).asyncContext();
    }
    return context;
  }

  private boolean canWait(Duration wait) {
    if (wait.compareTo(maxWait) > 0) {
      return false;
    }
    return deadline == null || !clock.instant().plus(wait).isAfter(deadline);
  }

  /** {@code HTTP 503}, {@code timeout} or {@code connection failed}: a transient failure. */
  private static String describe(Throwable failure) {
    if (failure instanceof ApiException api) {
      return "HTTP " + api.statusCode();
    }
    return failure instanceof ApiTimeoutException ? "timeout" : "connection failed";
  }

  /**
   * Every method but POST is idempotent; a POST is only with its idempotency key, or when it is
   * marked {@link HttpRequest#idempotent()} (a GraphQL query).
   */
  private static boolean isRetryable(HttpRequest request) {
    return !request.method().equals("POST") || request.idempotent() || request.hasIdempotencyKey();
  }
}
