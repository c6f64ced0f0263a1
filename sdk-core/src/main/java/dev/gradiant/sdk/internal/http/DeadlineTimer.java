package dev.gradiant.sdk.internal.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Tells when a duration has passed, without holding a thread: what ends a wait for the credentials
 * at the call's deadline ({@link CredentialsDeadline}). The client's is its {@code Scheduler};
 * tests end the waits themselves.
 */
@FunctionalInterface
public interface DeadlineTimer {

  /**
   * A future that completes after {@code duration}; cancelling it drops the wait.
   *
   * @param duration how long, positive
   * @param cancellation the call's cancellation: when it fires, the future fails with a {@link
   *     java.util.concurrent.CancellationException}
   * @return the wait
   */
  CompletableFuture<Void> after(Duration duration, Cancellation cancellation);
}
