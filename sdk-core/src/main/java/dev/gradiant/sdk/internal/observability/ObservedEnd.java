package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallEnd;
import java.time.Duration;
import java.util.Optional;

/**
 * A call's end as observers see it: the outcome's type, never the exception itself. The last
 * answer's status and request id are read from the call when asked (an ended call has no more
 * attempts, so they no longer change), and the duration is made when asked: most observers ask for
 * few of them.
 */
final class ObservedEnd implements CallEnd {
  private final CallObservation call;
  private final Class<? extends Throwable> errorType;
  private final boolean cancelled;
  private final long nanos;
  private final int attempts;

  ObservedEnd(
      CallObservation call,
      Class<? extends Throwable> errorType,
      boolean cancelled,
      long nanos,
      int attempts) {
    this.call = call;
    this.errorType = errorType;
    this.cancelled = cancelled;
    this.nanos = nanos;
    this.attempts = attempts;
  }

  @Override
  public CallContext call() {
    return call;
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
    int status = call.lastStatus();
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(ObservedResponse.requestId(call.lastHeaders()));
  }

  /** {@return e.g. {@code CallEnd[getUser (GET /users/{id}), succeeded, 200, 1 attempt, ...]}} */
  @Override
  public String toString() {
    return "CallEnd["
        + call.operation()
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
}
