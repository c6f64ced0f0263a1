package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.Operation;
import dev.gradiant.sdk.observability.RetryReason;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import okhttp3.Headers;

/**
 * One call as its observers see it: the {@link CallContext} handed to every callback, and the
 * reporting of the call's events. Carried down the transport chain in the request, so that the
 * attempt layer and the retry loop report to the same call. {@link #NONE} (no observers) reports
 * nothing: every method returns at once.
 */
public final class CallObservation extends KeptValues implements CallContext, CallStart {
  /** The observation of a client without observers. */
  public static final CallObservation NONE = new CallObservation(null, null, false);

  private final Observers observers;
  private final Operation operation;
  private final boolean async;
  private boolean ended;
  private long startNanos;
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
    startNanos = observers.now();
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
    observers.notify(
        CallObserver::onCallEnd,
        new ObservedEnd(
            this,
            cancelled ? CancellationException.class : failure == null ? null : failure.getClass(),
            cancelled,
            observers.now() - startNanos,
            Math.max(made, 1)),
        "onCallEnd");
  }

  /** {@return true the first time only} */
  private synchronized boolean markEnded() {
    if (ended) {
      return false;
    }
    ended = true;
    return true;
  }

  /** {@return the status of the last attempt's answer, or -1 if it had none} */
  int lastStatus() {
    return lastStatus;
  }

  /** {@return the headers of the last attempt's answer, or null if it had none} */
  Headers lastHeaders() {
    return lastHeaders;
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

  /** {@return e.g. {@code CallStart[getUser (GET /users/{id}), api.gradiant.dev:443]}} */
  @Override
  public String toString() {
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
