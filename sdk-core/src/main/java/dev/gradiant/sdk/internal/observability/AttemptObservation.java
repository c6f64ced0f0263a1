package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.AttemptContext;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.ObservationKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;

/**
 * One attempt as its observers see it: the {@link AttemptContext} handed to its callbacks, the
 * {@link AttemptStart} through which they add headers, and the reporting of how it ended.
 */
public final class AttemptObservation implements AttemptContext, AttemptStart {
  private final CallObservation call;
  private final int number;
  private final long startNanos;
  private final Headers headers;
  private final Set<String> credentialNames;
  private Attributes attributes;
  // Names and values the observers set, in turn; null until the first.
  private List<String> added;
  private boolean headersClosed;

  AttemptObservation(
      CallObservation call,
      int number,
      long startNanos,
      Headers headers,
      Set<String> credentialNames) {
    this.call = call;
    this.number = number;
    this.startNanos = startNanos;
    this.headers = headers;
    this.credentialNames = credentialNames;
  }

  @Override
  public synchronized void setHeader(String name, String value) {
    if (headersClosed) {
      throw new IllegalStateException("Headers can only be set during onAttemptStart");
    }
    HeaderRules.check(name, value, headers, credentialNames);
    if (added == null) {
      added = new ArrayList<>(4);
    }
    for (int i = 0; i < added.size(); i += 2) {
      if (added.get(i).equalsIgnoreCase(name)) {
        added.set(i + 1, value);
        return;
      }
    }
    added.add(name);
    added.add(value);
  }

  synchronized void closeHeaders() {
    headersClosed = true;
  }

  /** {@return the headers to send: the request's, with those the observers set} */
  public synchronized Headers headers() {
    if (added == null) {
      return headers;
    }
    Headers.Builder builder = headers.newBuilder();
    for (int i = 0; i < added.size(); i += 2) {
      builder.set(added.get(i), added.get(i + 1));
    }
    return builder.build();
  }

  /**
   * Reports the attempt's answer.
   *
   * @param status the HTTP status
   * @param responseHeaders the response's headers, read for the request id and rate-limit budget
   */
  public void answered(int status, Headers responseHeaders) {
    Observers observers = call.observers();
    ObservedResponse response =
        new ObservedResponse(this, status, observers.now() - startNanos, responseHeaders);
    call.answered(status, responseHeaders);
    observers.notify(CallObserver::onAttemptResponse, response, "onAttemptResponse");
  }

  /**
   * Reports that the attempt ended without an answer.
   *
   * @param failure what it failed with
   */
  public void failed(Throwable failure) {
    Observers observers = call.observers();
    call.unanswered();
    observers.notify(
        CallObserver::onAttemptFailure,
        new ObservedFailure(this, failure.getClass(), observers.now() - startNanos),
        "onAttemptFailure");
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
  public <T> Optional<T> get(ObservationKey<T> key) {
    return Attributes.get(attributes(false), key);
  }

  @Override
  public <T> void put(ObservationKey<T> key, T value) {
    Attributes.put(attributes(value != null), key, value);
  }

  private synchronized Attributes attributes(boolean create) {
    if (attributes == null && create) {
      attributes = new Attributes();
    }
    return attributes;
  }

  /** {@return e.g. {@code AttemptStart[getUser (GET /users/{id}), attempt 2]}} */
  @Override
  public String toString() {
    return "AttemptStart[" + call.operation() + ", attempt " + number + "]";
  }
}
