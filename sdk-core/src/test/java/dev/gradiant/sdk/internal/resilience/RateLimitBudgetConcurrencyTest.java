package dev.gradiant.sdk.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.MonitorProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The budget shared by a client's threads: exact under concurrent calls, and without a lock. */
class RateLimitBudgetConcurrencyTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
  private static final int THREADS = 8;
  private static final int TAKES_PER_THREAD = 5_000;

  private final FakeTime time = new FakeTime(NOW);
  private final RateLimitBudget budget = new RateLimitBudget();

  private static Headers report(long remaining, Instant reset) {
    return Headers.of(
        "X-RateLimit-Remaining",
        Long.toString(remaining),
        "X-RateLimit-Reset",
        Long.toString(reset.getEpochSecond()));
  }

  /** Runs {@code work} on {@link #THREADS} threads released together, and waits for them. */
  private static void together(Runnable work) throws Exception {
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Thread> threads = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  start.await();
                  work.run();
                } catch (Exception | Error e) {
                  synchronized (failures) {
                    failures.add(e);
                  }
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void concurrentCallsTakeEachUnitExactlyOnce() throws Exception {
    int units = THREADS * TAKES_PER_THREAD / 2;
    budget.update(report(units, NOW.plusSeconds(30)), time);
    AtomicInteger sentAtOnce = new AtomicInteger();
    AtomicInteger toldToWait = new AtomicInteger();

    together(
        () -> {
          for (int i = 0; i < TAKES_PER_THREAD; i++) {
            Duration wait = budget.take(time);
            if (wait.isZero()) {
              sentAtOnce.incrementAndGet();
            } else {
              assertThat(wait).isEqualTo(Duration.ofSeconds(30));
              toldToWait.incrementAndGet();
            }
          }
        });

    assertThat(sentAtOnce).hasValue(units);
    assertThat(toldToWait).hasValue(THREADS * TAKES_PER_THREAD - units);
  }

  @Test
  void reportsRecordedWhileCallsTakeLeaveTheLastReportStanding() throws Exception {
    budget.update(report(1_000_000, NOW.plusSeconds(30)), time);

    together(
        () -> {
          for (int i = 0; i < TAKES_PER_THREAD; i++) {
            budget.take(time);
            budget.update(report(1_000_000, NOW.plusSeconds(30)), time);
          }
        });
    budget.update(report(1, NOW.plusSeconds(20)), time);

    assertThat(budget.take(time)).isZero();
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void takingAndRecordingNeverWaitForALock() throws Exception {
    budget.update(report(5, NOW.plusSeconds(30)), time);

    boolean finished =
        MonitorProbe.finishesWhileHeld(
            budget,
            () -> {
              budget.take(time);
              budget.update(report(0, NOW.plusSeconds(40)), time);
              budget.take(time);
            });

    assertThat(finished).isTrue();
    assertThat(budget.take(time)).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void aReportThatArrivesWhileACallOpensAPassedResetDecidesForThatCall() {
    // A spent budget whose reset (10 s ahead) has passed by the time the next call takes a unit.
    budget.update(report(0, NOW.plusSeconds(10)), time);
    Instant later = NOW.plusSeconds(20);
    Instant newReset = later.plusSeconds(30);
    // The call reads the spent budget, then the clock; at that moment another thread's response
    // reports "none left until newReset" (the interleaving a lock used to exclude).
    java.time.Clock interleaving =
        new java.time.Clock() {
          private boolean reported;

          @Override
          public Instant instant() {
            if (!reported) {
              reported = true;
              budget.update(report(0, newReset), this);
            }
            return later;
          }

          @Override
          public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
          }

          @Override
          public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
          }
        };

    Duration wait = budget.take(interleaving);

    assertThat(wait).isEqualTo(Duration.between(later, newReset));
  }
}
