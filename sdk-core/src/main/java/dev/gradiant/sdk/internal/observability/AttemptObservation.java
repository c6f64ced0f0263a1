package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.observability.AttemptContext;
import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallObserver;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;

/**
 * One attempt as its observers see it: the {@link AttemptContext} handed to its callbacks, the
 * {@link AttemptStart} through which they add headers, and the reporting of how it ended. It is
 * also the {@link AttemptResponse} or {@link AttemptFailure} event itself, so that an attempt makes
 * one object for its observers, whatever they do.
 */
public final class AttemptObservation extends KeptValues
    implements AttemptContext, AttemptStart, AttemptResponse, AttemptFailure {
  private final CallObservation call;
  private final int number;
  // The ticker's reading at the start; from the end on, the attempt's duration.
  private long nanos;
  // From the end on: the answer's status and headers, or the failure's type. Written once, by the
  // thread that reports the end, before the callback that reads them.
  private int status;
  private Headers answerHeaders;
  private Class<? extends Throwable> errorType;
  // The request's headers while observers may set headers; then those to send.
  private Headers headers;
  // The credentials' header names while observers may set headers; null once they may not.
  private Set<String> credentialNames;
  // Names and values the observers set, in turn, in an array of exactly their pairs; null until the
  // first. None of the names is on the request already (HeaderRules refuses those), so the headers
  // sent are the request's followed by these.
  private String[] added;

  AttemptObservation(
      CallObservation call,
      int number,
      long startNanos,
      Headers headers,
      Set<String> credentialNames) {
    this.call = call;
    this.number = number;
    this.nanos = startNanos;
    this.headers = headers;
    this.credentialNames = credentialNames;
  }

  // Synchronized (uncontended: onAttemptStart runs on one thread) so that an observer that calls it
  // late from another thread is either refused or heard, never silently dropped.
  @Override
  public synchronized void setHeader(String name, String value) {
    if (credentialNames == null) {
      throw new IllegalStateException("Headers can only be set during onAttemptStart");
    }
    HeaderRules.check(name, value, headers, credentialNames);
    int size = added == null ? 0 : added.length;
    for (int i = 0; i < size; i += 2) {
      if (added[i].equalsIgnoreCase(name)) {
        added[i + 1] = value;
        return;
      }
    }
    added = size == 0 ? new String[2] : Arrays.copyOf(added, size + 2);
    added[size] = name;
    added[size + 1] = value;
  }

  /** Ends the time in which observers may set headers, and makes the headers to send. */
  synchronized void closeHeaders() {
    credentialNames = null;
    if (added == null) {
      return;
    }
    // newBuilder() and build() copy the request's headers as they are; only the observers' are
    // checked again (Headers.of would check every header of the request once more)
    Headers.Builder builder = headers.newBuilder();
    for (int i = 0; i < added.length; i += 2) {
      builder.add(added[i], added[i + 1]);
    }
    headers = builder.build();
    added = null;
  }

  /**
   * {@return the headers to send: the request's, followed by those the observers set} The request's
   * own instance when they set none. Read by the thread that started the attempt, after {@link
   * CallObservation#attemptStarted} returned.
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Reports the attempt's answer.
   *
   * @param status the HTTP status
   * @param responseHeaders the response's headers, read for the request id and rate-limit budget
   */
  public void answered(int status, Headers responseHeaders) {
    Observers observers = call.observers();
    this.nanos = observers.now() - nanos;
    this.status = status;
    this.answerHeaders = responseHeaders;
    call.answered(status, responseHeaders);
    observers.notify(CallObserver::onAttemptResponse, this, "onAttemptResponse");
  }

  /**
   * Reports that the attempt ended without an answer.
   *
   * @param failure what it failed with
   */
  public void failed(Throwable failure) {
    Observers observers = call.observers();
    this.nanos = observers.now() - nanos;
    this.errorType = failure.getClass();
    call.unanswered();
    observers.notify(CallObserver::onAttemptFailure, this, "onAttemptFailure");
  }

  @Override
  public AttemptContext attempt() {
    return this;
  }

  @Override
  public CallContext call() {
    return call;
  }

  @Override
  public int number() {
    return number;
  }

  @Override
  public int statusCode() {
    return status;
  }

  @Override
  public Class<? extends Throwable> errorType() {
    return errorType;
  }

  @Override
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(AnswerHeaders.requestId(answerHeaders));
  }

  @Override
  public Optional<RateLimit> rateLimit() {
    return answerHeaders == null ? Optional.empty() : AnswerHeaders.rateLimit(answerHeaders);
  }

  /**
   * {@return as the event it is: e.g. {@code AttemptStart[getUser (GET /users/{id}), attempt 2]}
   * before it ended, then e.g. {@code AttemptResponse[getUser (GET /users/{id}), attempt 1, 200, 12
   * ms, request id req_1, rate limit none]} or {@code AttemptFailure[getUser (GET /users/{id}),
   * attempt 1, ConnectionException, 12 ms]}}
   */
  @Override
  public String toString() {
    String prefix = call.operation() + ", attempt " + number + ", ";
    if (errorType != null) {
      return "AttemptFailure["
          + prefix
          + errorType.getSimpleName()
          + ", "
          + duration().toMillis()
          + " ms]";
    }
    if (answerHeaders != null) {
      return "AttemptResponse["
          + prefix
          + status
          + ", "
          + duration().toMillis()
          + " ms, request id "
          + requestId().orElse("none")
          + ", rate limit "
          + rateLimit().map(RateLimit::toString).orElse("none")
          + "]";
    }
    return "AttemptStart[" + call.operation() + ", attempt " + number + "]";
  }
}
