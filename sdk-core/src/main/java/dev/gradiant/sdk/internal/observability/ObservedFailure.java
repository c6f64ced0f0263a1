package dev.gradiant.sdk.internal.observability;

import dev.gradiant.sdk.observability.AttemptContext;
import dev.gradiant.sdk.observability.AttemptFailure;
import java.time.Duration;

/** An attempt that ended without an answer, as observers see it: the failure's type only. */
final class ObservedFailure implements AttemptFailure {
  private final AttemptContext attempt;
  private final Class<? extends Throwable> errorType;
  private final long nanos;

  ObservedFailure(AttemptContext attempt, Class<? extends Throwable> errorType, long nanos) {
    this.attempt = attempt;
    this.errorType = errorType;
    this.nanos = nanos;
  }

  @Override
  public AttemptContext attempt() {
    return attempt;
  }

  @Override
  public Class<? extends Throwable> errorType() {
    return errorType;
  }

  @Override
  public Duration duration() {
    return Duration.ofNanos(nanos);
  }

  /**
   * {@return e.g. {@code AttemptFailure[getUser (GET /users/{id}), attempt 1,
   * ConnectionException]}}
   */
  @Override
  public String toString() {
    return "AttemptFailure["
        + attempt.call().operation()
        + ", attempt "
        + attempt.number()
        + ", "
        + errorType.getSimpleName()
        + ", "
        + duration().toMillis()
        + " ms]";
  }
}
