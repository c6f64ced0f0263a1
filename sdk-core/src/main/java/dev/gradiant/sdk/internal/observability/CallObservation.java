package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.Operation;
import dev.gradiant.sdk.observability.RetryReason;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import okhttp3.Headers;

/**
 * One call as its observers see it: the {@link CallContext} handed to every callback, and the
 * reporting of the call's events. Carried down the transport chain in the request, so that the
 * attempt layer and the retry loop report to the same call. {@link #NONE} (no observers) reports
 * nothing: every method returns at once.
 *
 * <p>It is also the {@link CallStart} and the {@link CallEnd} events themselves, as its attempts
 * are their own events: a call makes no event objects but its retries', so an observer that does
 * nothing costs a call one small object, and one per attempt.
 */
public final class CallObservation extends KeptValues implements CallContext, CallStart, CallEnd {
  /** The observation of a client without observers. */
  public static final CallObservation NONE = new CallObservation(null, null, false);

  private final Observers observers;
  private final Operation operation;
  private final boolean async;
  private boolean ended;
  // The ticker's reading at the start; from the end on, the call's duration.
  private long nanos;
  // From the end on: the type of the failure the caller saw (null for a success), and whether the
  // caller cancelled the call.
  private Class<? extends Throwable> errorType;
  private boolean cancelled;
  // Written by the attempt that ends, read by the next callback of the call: the callbacks of one
  // call are ordered (each starts after the one before ended), which publishes them.
  private volatile int attempts;
  private volatile int lastStatus = -1;
  private volatile Headers lastHeaders;

  CallObservation(Observers observers, Operation operation, boolean async) {
    this.observers = observers;
    this.operation = operation;
    this.async = async;
  }

  /** {@return whether anyone observes this call} */
  public boolean active() {
    return observers != null;
  }

  /** Reports that the call starts: its request is made. */
  public void started() {
    if (observers == null) {
      return;
    }
    nanos = observers.now();
    observers.notify(CallObserver::onCallStart, this, "onCallStart");
  }

  /**
   * Reports that attempt {@code number} is about to be sent; the observers may add headers.
   *
   * @param number the attempt's number
   * @param headers the headers the request carries already
   * @param credentialNames the names of the credentials' headers
   * @return the attempt, whose {@link AttemptObservation#headers} are those to send
   */
  public AttemptObservation attemptStarted(
      int number, Headers headers, Set<String> credentialNames) {
    attempts = number;
    AttemptObservation attempt =
        new AttemptObservation(this, number, observers.now(), headers, credentialNames);
    observers.notify(CallObserver::onAttemptStart, attempt, "onAttemptStart");
    attempt.closeHeaders();
    return attempt;
  }

  /** Records the last attempt's answer, for the call's end. */
  void answered(int status, Headers headers) {
    lastStatus = status;
    lastHeaders = headers;
  }

  /** Records that the last attempt had no answer, for the call's end. */
  void unanswered() {
    lastStatus = -1;
    lastHeaders = null;
  }

  /**
   * Reports that the call will be retried after attempt {@code number}.
   *
   * @param number the attempt that is retried
   * @param reason why
   * @param delay the wait before the next attempt
   * @param status the status of the answer retried, or -1 for none
   */
  public void retryScheduled(int number, RetryReason reason, Duration delay, int status) {
    if (observers == null) {
      return;
    }
    if (number > attempts) {
      // an attempt refused before it was sent (its credentials failed) had no attempt events
      attempts = number;
      unanswered();
    }
    observers.notify(
        CallObserver::onRetryScheduled,
        new ObservedRetry(this, number, reason, delay, status),
        "onRetryScheduled");
  }

  /**
   * Reports the call's end, once: later reports are ignored.
   *
   * @param failure what the caller sees the call fail with, or {@code null} for a success
   * @param cancelled whether the caller cancelled it
   */
  public void ended(Throwable failure, boolean cancelled) {
    if (observers == null || !markEnded()) {
      return;
    }
    int made = attempts;
    if (failure instanceof GradiantException stamped && stamped.attempts() > made) {
      made = stamped.attempts(); // the last attempt was refused before it was sent
    }
    // Written once, by the thread that marked the end, before the callback that reads them.
    this.nanos = observers.now() - nanos;
    this.errorType =
        cancelled ? CancellationException.class : failure == null ? null : failure.getClass();
    this.cancelled = cancelled;
    this.attempts = Math.max(made, 1);
    observers.notify(CallObserver::onCallEnd, this, "onCallEnd");
  }

  private synchronized boolean hasEnded() {
    return ended;
  }

  /** {@return true the first time only} */
  private synchronized boolean markEnded() {
    if (ended) {
      return false;
    }
    ended = true;
    return true;
  }

  @Override
  public boolean succeeded() {
    return errorType == null && !cancelled;
  }

  @Override
  public boolean cancelled() {
    return cancelled;
  }

  @Override
  public Optional<Class<? extends Throwable>> errorType() {
    return Optional.ofNullable(errorType);
  }

  @Override
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public int attempts() {
    return attempts;
  }

  @Override
  public Optional<Integer> statusCode() {
    int status = lastStatus;
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(AnswerHeaders.requestId(lastHeaders));
  }

  Observers observers() {
    return observers;
  }

  @Override
  public CallContext call() {
    return this;
  }

  @Override
  public Operation operation() {
    return operation;
  }

  @Override
  public String serverAddress() {
    return observers.host();
  }

  @Override
  public int serverPort() {
    return observers.port();
  }

  @Override
  public boolean async() {
    return async;
  }

  /**
   * {@return until the call ended, e.g. {@code CallStart[getUser (GET /users/{id}),
   * api.gradiant.dev:443]}; then e.g. {@code CallEnd[getUser (GET /users/{id}), succeeded, status
   * 200, 1 attempt, 12 ms, request id req_1]}}
   */
  @Override
  public String toString() {
    if (hasEnded()) {
      return "CallEnd["
          + operation
          + ", "
          + (cancelled ? "cancelled" : errorType == null ? "succeeded" : errorType.getSimpleName())
          + ", status "
          + statusCode().map(String::valueOf).orElse("none")
          + ", "
          + attempts
          + (attempts == 1 ? " attempt, " : " attempts, ")
          + duration().toMillis()
          + " ms, request id "
          + requestId().orElse("none")
          + "]";
    }
    return "CallStart["
        + operation
        + ", "
        + serverAddress()
        + ":"
        + serverPort()
        + (async ? ", async" : "")
        + "]";
  }
}
