package dev.gradiant.sdk.observability;

import java.time.Duration;

/**
 * An attempt ended without an answer: the connection failed, the time ran out, the response was too
 * large to read, or the call was cancelled.
 */
public interface AttemptFailure {

  /** {@return the attempt} */
  AttemptContext attempt();

  /**
   * {@return the type of what the attempt failed with}, e.g. {@code ConnectionException}, {@code
   * ApiTimeoutException}, or {@code CancellationException} for a cancelled call. The exception
   * itself is not handed out: its message and cause are for the caller.
   */
  Class<? extends Throwable> errorType();

  /** {@return the time from the attempt's start to its failure} */
  Duration duration();
}
