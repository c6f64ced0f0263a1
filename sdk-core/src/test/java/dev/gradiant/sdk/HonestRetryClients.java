package dev.gradiant.sdk;

import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Clients on fake time for the tests of honest retries in {@code dev.gradiant.sdk.hostile}: the
 * builder's test-only settings (clock, sleeper, scheduler, jitter, environment) reached from
 * another package.
 */
public final class HonestRetryClients {
  private HonestRetryClients() {}

  /**
   * A builder for {@code baseUrl} that reads no environment, whose clock, sleeper and scheduler are
   * {@code time} (so that no test waits) and whose backoff jitter is fixed at the middle. Nothing
   * else is set: add credentials and the settings under test.
   */
  public static GradiantClient.Builder onFakeTime(String baseUrl, FakeTime time) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(baseUrl)
        .clock(time)
        .sleeper(time)
        .scheduler(new FakeScheduler(time))
        .jitter(() -> 0.5);
  }

  /**
   * {@code builder} whose waits for credentials end only when the test ends them through {@code
   * timer} (the call's deadline, as the client's timer would tell it).
   */
  public static GradiantClient.Builder withCredentialsTimer(
      GradiantClient.Builder builder, ManualScheduler timer) {
    return builder.credentialsTimer(timer);
  }

  /**
   * {@link #onFakeTime(String, FakeTime)} whose every wait between attempts, blocking or
   * asynchronous, first runs {@code beforeEachWait}: for a server that comes up between attempts.
   */
  public static GradiantClient.Builder onFakeTime(
      String baseUrl, FakeTime time, Runnable beforeEachWait) {
    FakeScheduler waits = new FakeScheduler(time);
    return onFakeTime(baseUrl, time)
        .sleeper(
            duration -> {
              beforeEachWait.run();
              time.sleep(duration);
            })
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
}
