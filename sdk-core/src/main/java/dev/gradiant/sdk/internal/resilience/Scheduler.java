package dev.gradiant.sdk.internal.resilience;

import dev.gradiant.sdk.internal.http.Cancellation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits without blocking a thread: the asynchronous twin of {@link Sleeper}, for backoff, {@code
 * Retry-After} and rate-limit waits of asynchronous calls. Tests replace it so that nothing waits.
 */
public interface Scheduler extends AutoCloseable {

  /**
   * A future that completes after {@code duration}. Cancelling it drops the wait. When the
   * scheduler is closed, pending waits fail with {@link IllegalStateException}.
   *
   * @param duration how long; zero or negative completes at once
   * @return the wait
   */
  CompletableFuture<Void> delay(Duration duration);

  /**
   * As {@link #delay(Duration)}, dropped (completed with a {@link
   * java.util.concurrent.CancellationException}) when {@code cancellation} fires.
   *
   * @param duration how long
   * @param cancellation the call's cancellation
   * @return the wait
   */
  default CompletableFuture<Void> delay(Duration duration, Cancellation cancellation) {
    CompletableFuture<Void> wait = delay(duration);
    Runnable unregister = cancellation.onCancel(() -> wait.cancel(false));
    wait.whenComplete((ignored, failure) -> unregister.run());
    return wait;
  }

  /** Stops the scheduler's thread, failing the waits still pending. */
  @Override
  void close();
}
