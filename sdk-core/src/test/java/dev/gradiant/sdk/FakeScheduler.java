package dev.gradiant.sdk;

import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link FakeTime}'s sleeper: every wait is recorded in {@link
 * FakeTime#sleeps()}, moves the fake clock on, and is over at once, so nothing waits.
 */
public final class FakeScheduler implements Scheduler {
  private final FakeTime time;

  public FakeScheduler(FakeTime time) {
    this.time = time;
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    time.sleep(duration);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void close() {}
}
