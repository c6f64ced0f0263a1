package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.internal.resilience.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Virtual time for the feed's timers: a wait ends when the test {@link #advance advances} the
 * {@link FakeTime} past it, on the test's thread, earliest first. Nothing sleeps.
 */
final class VirtualScheduler implements Scheduler {
  private record Wait(Instant due, Duration duration, CompletableFuture<Void> future) {}

  final FakeTime time = new FakeTime(Instant.parse("2024-01-01T09:00:00Z"));
  private final List<Wait> waits = new ArrayList<>();
  private final List<Duration> asked = new ArrayList<>();

  @Override
  public synchronized CompletableFuture<Void> delay(Duration duration) {
    CompletableFuture<Void> future = new CompletableFuture<>();
    waits.add(new Wait(time.instant().plus(duration), duration, future));
    asked.add(duration);
    notifyAll();
    return future;
  }

  /** Moves time on by {@code duration}, ending every wait due by then, earliest first. */
  void advance(Duration duration) {
    Instant end = time.instant().plus(duration);
    while (true) {
      Wait next;
      synchronized (this) {
        next =
            waits.stream()
                .filter(wait -> !wait.future().isDone() && !wait.due().isAfter(end))
                .min(Comparator.comparing(Wait::due))
                .orElse(null);
        if (next == null) {
          break;
        }
        waits.remove(next);
        if (next.due().isAfter(time.instant())) {
          time.sleep(Duration.between(time.instant(), next.due()));
        }
      }
      next.future().complete(null);
    }
    synchronized (this) {
      if (end.isAfter(time.instant())) {
        time.sleep(Duration.between(time.instant(), end));
      }
    }
  }

  /** Waits (at most 5 s) until the feed has asked for a wait of {@code duration}, and returns. */
  synchronized void awaitWait(Duration duration) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (pending().stream().noneMatch(duration::equals)) {
      long left = deadline - System.nanoTime();
      assertThat(left)
          .as("the feed asked for a wait of " + duration + "; asked: " + asked)
          .isPositive();
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** {@return the durations of the waits still pending} */
  synchronized List<Duration> pending() {
    return waits.stream().filter(wait -> !wait.future().isDone()).map(Wait::duration).toList();
  }

  /** {@return every wait asked for, in order} */
  synchronized List<Duration> asked() {
    return List.copyOf(asked);
  }

  @Override
  public void close() {}
}
