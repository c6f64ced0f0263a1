package dev.gradiant.sdk;

import dev.gradiant.sdk.core.Credentials;

/**
 * Clients for the hostile rate-limit and failure tests of {@code dev.gradiant.sdk.hostile}, which
 * cannot reach the builder's package-private test hooks: a blocking face whose waits go to {@link
 * FakeTime}, and an async face whose waits go to a {@link FakeScheduler} on the same time (a
 * blocking sleep there fails the test). Default retry policy, jitter fixed at the middle.
 */
public final class RateLimitFaultClients {
  /** The token the clients send. */
  public static final String TOKEN = "tok_live_ratelimit_5e1f";

  private RateLimitFaultClients() {}

  /** {@return a builder for blocking calls against {@code baseUrl}, waiting on {@code time}} */
  public static GradiantClientBuilder blocking(String baseUrl, FakeTime time) {
    return base(baseUrl, time).apiToken(TOKEN).sleeper(time);
  }

  /** {@return a builder for async calls against {@code baseUrl}, waiting on {@code time}} */
  public static GradiantClientBuilder async(String baseUrl, FakeTime time) {
    return asyncWith(baseUrl, time).apiToken(TOKEN);
  }

  /** {@return {@link #blocking} with {@code credentials} instead of the token} */
  public static GradiantClientBuilder blocking(
      String baseUrl, FakeTime time, Credentials credentials) {
    return base(baseUrl, time).credentials(credentials).sleeper(time);
  }

  /** {@return {@link #async} with {@code credentials} instead of the token} */
  public static GradiantClientBuilder async(
      String baseUrl, FakeTime time, Credentials credentials) {
    return asyncWith(baseUrl, time).credentials(credentials);
  }

  private static GradiantClientBuilder asyncWith(String baseUrl, FakeTime time) {
    return base(baseUrl, time)
        .sleeper(
            duration -> {
              throw new AssertionError("an asynchronous call slept for " + duration);
            })
        .scheduler(new FakeScheduler(time));
  }

  private static GradiantClientBuilder base(String baseUrl, FakeTime time) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(baseUrl)
        .clock(time)
        .jitter(() -> 0.5);
  }
}
