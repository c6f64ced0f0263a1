package dev.gradiant.sdk.observability;

import java.time.Duration;
import java.util.Optional;

/**
 * A call ended: it returned to the caller, failed, or was cancelled. Reported once per call that
 * started, after its last attempt's events.
 */
public interface CallEnd {

  /** {@return the call} */
  CallContext call();

  /** {@return whether the call returned a result to the caller} */
  boolean succeeded();

  /** {@return whether the caller cancelled the call (its future)} */
  boolean cancelled();

  /**
   * {@return the type of the exception the call failed with}, e.g. {@code NotFoundException},
   * {@code CancellationException}; empty for a success. The exception itself is not handed out.
   */
  Optional<Class<? extends Throwable>> errorType();

  /** {@return the time from the call's start to its end, waits between attempts included} */
  Duration duration();

  /** {@return how many attempts were sent or tried} */
  int attempts();

  /** {@return the HTTP status of the last answer; empty when the last attempt had none} */
  Optional<Integer> statusCode();

  /** {@return the server's request id ({@code X-Request-ID}) of the last answer, if it sent one} */
  Optional<String> requestId();
}
