package dev.gradiant.sdk;

import dev.gradiant.sdk.internal.resilience.Scheduler;
import dev.gradiant.sdk.internal.resilience.Sleeper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Clients on fake time for the fault and hostility tests outside this package, which cannot reach
 * the builder's package-private test hooks. Nothing waits for real: a blocking client's waits go to
 * {@link FakeTime}'s sleeper, an asynchronous client's to a {@link FakeScheduler} on the same time,
 * both recorded in {@link FakeTime#sleeps()}. Each face's other way of waiting fails the test if it
 * is used: an asynchronous call that slept would hold a thread, and a blocking call that scheduled
 * its wait would not wait at all. Backoff jitter is fixed at the middle, no environment is read,
 * and no credentials are set: add them and the settings under test.
 */
public final class TestClients {
  private TestClients() {}

  /** {@return a builder for blocking calls to {@code baseUrl}, waiting on {@code time}} */
  public static GradiantClientBuilder blocking(String baseUrl, FakeTime time) {
    return blocking(baseUrl, time, () -> {});
  }

  /** {@return a builder for asynchronous calls to {@code baseUrl}, waiting on {@code time}} */
  public static GradiantClientBuilder async(String baseUrl, FakeTime time) {
    return async(baseUrl, time, () -> {});
  }

  /**
   * {@link #blocking(String, FakeTime)} whose every wait between attempts first runs {@code
   * beforeEachWait}: for a server that comes up between attempts.
   */
  public static GradiantClientBuilder blocking(
      String baseUrl, FakeTime time, Runnable beforeEachWait) {
    return base(baseUrl, time)
        .sleeper(
            duration -> {
              beforeEachWait.run();
              time.sleep(duration);
            })
        .scheduler(new FailingScheduler("a blocking call scheduled a wait of "));
  }

  /**
   * {@link #async(String, FakeTime)} whose every wait between attempts first runs {@code
   * beforeEachWait}.
   */
  public static GradiantClientBuilder async(
      String baseUrl, FakeTime time, Runnable beforeEachWait) {
    FakeScheduler waits = new FakeScheduler(time);
    Sleeper failing =
        duration -> {
          throw new AssertionError("an asynchronous call slept for " + duration);
        };
    return base(baseUrl, time)
        .sleeper(failing)
        .scheduler(
            new Scheduler() {
              @Override
              public CompletableFuture<Void> delay(Duration duration) {
                beforeEachWait.run();
                return waits.delay(duration);
              }

              @Override
              public void close() {}
            });
  }

  /**
   * {@code builder} whose waits for credentials end only when the test ends them through {@code
   * timer}, as the client's timer would at the call's deadline.
   */
  public static GradiantClientBuilder withCredentialsTimer(
      GradiantClientBuilder builder, ManualScheduler timer) {
    return builder.credentialsTimer(timer);
  }

  private static GradiantClientBuilder base(String baseUrl, FakeTime time) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(baseUrl)
        .clock(time)
        .jitter(() -> 0.5);
  }

  /** A scheduler for the blocking face, which must never schedule a wait. */
  private record FailingScheduler(String complaint) implements Scheduler {
    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      throw new AssertionError(complaint + duration);
    }

    @Override
    public void close() {}
  }
}
