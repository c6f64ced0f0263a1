package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallEnd;
import java.time.Duration;
import java.util.Optional;

/** A call's end as observers see it: the outcome's type, never the exception itself. */
final class ObservedEnd implements CallEnd {
  private final CallContext call;
  private final Class<? extends Throwable> errorType;
  private final boolean cancelled;
  private final Duration duration;
  private final int attempts;
  private final int status;
  private final String requestId;

  ObservedEnd(
      CallContext call,
      Class<? extends Throwable> errorType,
      boolean cancelled,
      Duration duration,
      int attempts,
      int status,
      String requestId) {
    this.call = call;
    this.errorType = errorType;
    this.cancelled = cancelled;
    this.duration = duration;
    this.attempts = attempts;
    this.status = status;
    this.requestId = requestId;
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
    return duration;
  }

  @Override
  public int attempts() {
    return attempts;
  }

  @Override
  public Optional<Integer> statusCode() {
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  @Override
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** {@return e.g. {@code CallEnd[getUser (GET /users/{id}), succeeded, 200, 1 attempt, ...]}} */
  @Override
  public String toString() {
    return "CallEnd["
        + call.operation()
        + ", "
        + (cancelled ? "cancelled" : errorType == null ? "succeeded" : errorType.getSimpleName())
        + ", status "
        + (status < 0 ? "none" : Integer.toString(status))
        + ", "
        + attempts
        + (attempts == 1 ? " attempt, " : " attempts, ")
        + duration.toMillis()
        + " ms, request id "
        + (requestId == null ? "none" : requestId)
        + "]";
  }
}
