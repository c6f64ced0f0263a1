package dev.gradiant.sdk;

import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Clients on fake time for this module's tests, which live outside sdk-core and cannot reach the
 * builder's package-private test hooks otherwise (the tests run on the class path, so this class
 * shares sdk-core's package). Every wait between attempts is recorded in {@link #waits()} and moves
 * the fake clock on at once; backoff jitter is fixed at the middle; no environment is read and no
 * credentials are set.
 */
public final class FakeTimeClients {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private volatile Instant now = Instant.parse("2026-11-22T10:00:00Z");

  /** {@return a builder for calls to {@code baseUrl} on this fake time, blocking or async} */
  public GradiantClientBuilder builder(String baseUrl) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(baseUrl)
        .clock(new FakeClock())
        .jitter(() -> 0.5)
        .sleeper(this::advance)
        .scheduler(
            new Scheduler() {
              @Override
              public CompletableFuture<Void> delay(Duration duration) {
                advance(duration);
                return CompletableFuture.completedFuture(null);
              }

              @Override
              public void close() {}
            });
  }

  /** {@return every wait the clients asked for, in order} */
  public List<Duration> waits() {
    return waits;
  }

  private synchronized void advance(Duration duration) {
    waits.add(duration);
    now = now.plus(duration);
  }

  private final class FakeClock extends Clock {
    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
