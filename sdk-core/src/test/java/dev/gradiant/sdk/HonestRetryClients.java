package dev.gradiant.sdk;

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
  public static GradiantClientBuilder onFakeTime(String baseUrl, FakeTime time) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(baseUrl)
        .clock(time)
        .sleeper(time)
        .scheduler(new FakeScheduler(time))
        .jitter(() -> 0.5);
  }
}
