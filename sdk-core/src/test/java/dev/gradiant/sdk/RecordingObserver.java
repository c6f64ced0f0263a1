package dev.gradiant.sdk;

import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.RetryScheduled;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An observer that writes each event as one line (what the tests compare), keeps the events
 * themselves and the threads they ran on, and completes {@link #ended()} at the first call's end.
 */
public final class RecordingObserver implements CallObserver {
  private final List<String> lines = new CopyOnWriteArrayList<>();
  private final List<Object> events = new CopyOnWriteArrayList<>();
  private final List<String> threads = new CopyOnWriteArrayList<>();
  private final CompletableFuture<CallEnd> ended = new CompletableFuture<>();

  /** {@return every event so far, one line each} */
  public List<String> lines() {
    return List.copyOf(lines);
  }

  /** {@return every event object so far} */
  public List<Object> events() {
    return List.copyOf(events);
  }

  /** {@return the name of the thread each event ran on, in order} */
  public List<String> threads() {
    return List.copyOf(threads);
  }

  /** {@return the first call's end, waiting up to 5 s for it} */
  public CallEnd awaitEnd() {
    try {
      return ended.get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("no call ended within 5 s; events: " + lines, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void record(Object event, String line) {
    events.add(event);
    threads.add(Thread.currentThread().getName());
    lines.add(line);
  }

  @Override
  public void onCallStart(CallStart event) {
    var call = event.call();
    record(
        event,
        "callStart "
            + call.operation().operationId()
            + " "
            + call.operation().method()
            + " "
            + call.operation().routeTemplate()
            + (call.async() ? " async" : ""));
  }

  @Override
  public void onAttemptStart(AttemptStart event) {
    record(event, "attemptStart " + event.attempt().number());
  }

  @Override
  public void onAttemptResponse(AttemptResponse event) {
    record(
        event,
        "attemptResponse "
            + event.attempt().number()
            + " "
            + event.statusCode()
            + " "
            + event.duration()
            + " "
            + event.requestId().orElse("no-id"));
  }

  @Override
  public void onAttemptFailure(AttemptFailure event) {
    record(
        event,
        "attemptFailure "
            + event.attempt().number()
            + " "
            + event.errorType().getSimpleName()
            + " "
            + event.duration());
  }

  @Override
  public void onRetryScheduled(RetryScheduled event) {
    record(
        event,
        "retry "
            + event.attemptNumber()
            + " "
            + event.reason()
            + event.statusCode().map(status -> " " + status).orElse("")
            + " "
            + event.delay());
  }

  @Override
  public void onCallEnd(CallEnd event) {
    record(
        event,
        "callEnd "
            + (event.succeeded()
                ? "ok"
                : event.cancelled() ? "cancelled" : event.errorType().orElseThrow().getSimpleName())
            + " "
            + event.statusCode().map(String::valueOf).orElse("no-status")
            + " attempts="
            + event.attempts()
            + " "
            + event.duration()
            + " "
            + event.requestId().orElse("no-id"));
    ended.complete(event);
  }
}
