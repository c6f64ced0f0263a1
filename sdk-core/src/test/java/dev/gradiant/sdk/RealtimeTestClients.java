package dev.gradiant.sdk;

import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Clock;

/**
 * Builders for the live feed's tests outside this package, which cannot reach the builder's
 * package-private hooks: the feed's timers (heartbeats, reconnect waits) run on {@code scheduler},
 * its clock is {@code clock}, and backoff jitter is fixed at the middle. No environment is read and
 * no credentials are set.
 */
public final class RealtimeTestClients {
  private RealtimeTestClients() {}

  /** {@return a builder for {@code baseUrl} whose timers run on {@code scheduler}} */
  public static GradiantClientBuilder builder(String baseUrl, Scheduler scheduler, Clock clock) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(baseUrl)
        .scheduler(scheduler)
        .clock(clock)
        .jitter(() -> 0.5);
  }
}
