package dev.gradiant.sdk.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.internal.http.Cancellation;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's own scheduler: waits on one daemon thread, dropped on cancel, failed on close. */
class SystemSchedulerTest {
  private final SystemScheduler scheduler = new SystemScheduler();

  @AfterEach
  void close() {
    scheduler.close();
  }

  @Test
  void aWaitCompletesOnTheSchedulerThread() throws Exception {
    // long enough that the stage below is attached before the wait ends (a stage attached to an
    // already completed future would run on this thread instead)
    CompletableFuture<Void> wait = scheduler.delay(Duration.ofMillis(300));
    CompletableFuture<String> thread = wait.thenApply(ignored -> Thread.currentThread().getName());

    assertThat(thread.get(5, TimeUnit.SECONDS)).isEqualTo("gradiant-scheduler");
  }

  @Test
  void aZeroWaitIsOverAtOnceWithoutAThread() {
    assertThat(scheduler.delay(Duration.ZERO)).isCompleted();
    assertThat(scheduler.delay(Duration.ofMillis(-1))).isCompleted();
  }

  @Test
  void cancellingTheCallDropsTheWait() {
    Cancellation cancellation = Cancellation.create();
    CompletableFuture<Void> wait = scheduler.delay(Duration.ofHours(1), cancellation);

    cancellation.cancel();

    assertThat(wait).isCancelled();
  }

  @Test
  void closingFailsThePendingWaitsAndRefusesNewOnes() {
    CompletableFuture<Void> pending = scheduler.delay(Duration.ofHours(1));

    scheduler.close();
    scheduler.close();

    assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(scheduler.delay(Duration.ofSeconds(1))).isCompletedExceptionally();
  }

  @Test
  void closingAnUnusedSchedulerStartsNoThread() {
    SystemScheduler unused = new SystemScheduler();
    unused.close();

    assertThat(Thread.getAllStackTraces().keySet())
        .noneMatch(thread -> thread.getName().equals("gradiant-scheduler") && !thread.isDaemon());
  }
}
