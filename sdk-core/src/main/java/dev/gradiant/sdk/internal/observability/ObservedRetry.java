package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.RetryReason;
import dev.gradiant.sdk.observability.RetryScheduled;
import java.time.Duration;
import java.util.Optional;

/** A retry the client decided on, as observers see it. */
final class ObservedRetry implements RetryScheduled {
  private final CallContext call;
  private final int attemptNumber;
  private final RetryReason reason;
  private final Duration delay;
  private final int status;

  ObservedRetry(
      CallContext call, int attemptNumber, RetryReason reason, Duration delay, int status) {
    this.call = call;
    this.attemptNumber = attemptNumber;
    this.reason = reason;
    this.delay = delay;
    this.status = status;
  }

  @Override
  public CallContext call() {
    return call;
  }

  @Override
  public int attemptNumber() {
    return attemptNumber;
  }

  @Override
  public RetryReason reason() {
    return reason;
  }

  @Override
  public Duration delay() {
    return delay;
  }

  @Override
  public Optional<Integer> statusCode() {
    return status < 0 ? Optional.empty() : Optional.of(status);
  }

  /**
   * {@return e.g. {@code RetryScheduled[getUser (GET /users/{id}), after attempt 1, STATUS 503, in
   * PT0.5S]}}
   */
  @Override
  public String toString() {
    return "RetryScheduled["
        + call.operation()
        + ", after attempt "
        + attemptNumber
        + ", "
        + reason
        + (status < 0 ? "" : " " + status)
        + ", in "
        + delay
        + "]";
  }
}
