package dev.gradiant.sdk;

/**
 * Builders for the OkHttp-layer fault tests of {@code dev.gradiant.sdk.hostile}, which live outside
 * this package and so cannot reach the builder's package-private test hooks: a client on a fake
 * clock whose waits are recorded and never slept, blocking or asynchronous.
 */
public final class OkHttpFaultClients {
  private OkHttpFaultClients() {}

  /**
   * A builder for {@code baseUrl}, without credentials or environment, whose waits between attempts
   * move {@code time} on instead of sleeping (a {@link FakeScheduler} for asynchronous calls), with
   * backoff jitter fixed at the middle.
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
