package dev.gradiant.sdk.observability;

import java.time.Duration;
import java.util.Optional;

/**
 * The client decided to retry the call after an attempt, and waits before the next one. (When it
 * decides not to, the call ends: {@link CallEnd}.)
 */
public interface RetryScheduled {

  /** {@return the call} */
  CallContext call();

  /** {@return the number of the attempt that is retried: 1 after the first attempt, ...} */
  int attemptNumber();

  /** {@return why the call is retried} */
  RetryReason reason();

  /**
   * {@return how long the client waits before the next attempt}: the server's {@code Retry-After},
   * the rate-limit reset, or the backoff; zero for the replay after renewing credentials
   */
  Duration delay();

  /** {@return the status of the answer that is retried; empty when there was no answer} */
  Optional<Integer> statusCode();
}
