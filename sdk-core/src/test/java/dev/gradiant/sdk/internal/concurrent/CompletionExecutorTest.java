package dev.gradiant.sdk.internal.concurrent;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Where a completion runs: on the application's executor when there is one; else where it is,
 * unless that is one of the SDK's own threads, which hand it to the client's completion pool.
 */
class CompletionExecutorTest {
  private static final String POOL = "gradiant-async-completion";
  private static final Executor REFUSING =
      task -> {
        throw new RejectedExecutionException("shut down");
      };

  /** {@return what {@code action} returns, run on a new SDK thread} */
  private static <T> T onSdkThread(Supplier<T> action) throws Exception {
    CompletableFuture<T> result = new CompletableFuture<>();
    SdkThread.daemon(() -> result.complete(action.get()), "gradiant-test").start();
    return result.get(10, SECONDS);
  }

  /** {@return the name of the thread {@code completions} runs a completion on} */
  private static String threadOfCompletion(CompletionExecutor completions) throws Exception {
    CompletableFuture<String> thread = new CompletableFuture<>();
    completions.handOff(() -> thread.complete(Thread.currentThread().getName()));
    return thread.get(10, SECONDS);
  }

  @Test
  void withoutAnExecutorACompletionStaysOnAnApplicationThread() throws Exception {
    try (CompletionExecutor completions = new CompletionExecutor(null)) {
      assertThat(completions.mustHandOff()).isFalse();
      assertThat(SdkThread.isCurrent()).isFalse();
      assertThat(onSdkThread(completions::mustHandOff)).isTrue();
    }
  }

  @Test
  void aCompletionOnAnSdkThreadGoesToTheClientsPool() throws Exception {
    try (CompletionExecutor completions = new CompletionExecutor(null)) {
      assertThat(onSdkThread(() -> unchecked(() -> threadOfCompletion(completions))))
          .isEqualTo(POOL);
    }
  }

  @Test
  void withAnExecutorEveryCompletionIsHandedToIt() throws Exception {
    AtomicReference<Runnable> handed = new AtomicReference<>();
    try (CompletionExecutor completions = new CompletionExecutor(handed::set)) {
      assertThat(completions.mustHandOff()).isTrue();
      Runnable completion = () -> {};
      completions.handOff(completion);
      assertThat(handed.get()).isSameAs(completion);
    }
  }

  @Test
  void whatARefusingExecutorRefusesRunsAsWithoutOne() throws Exception {
    try (CompletionExecutor completions = new CompletionExecutor(REFUSING)) {
      assertThat(threadOfCompletion(completions)).isEqualTo(Thread.currentThread().getName());
      assertThat(onSdkThread(() -> unchecked(() -> threadOfCompletion(completions))))
          .isEqualTo(POOL);
    }
  }

  @Test
  void onceClosedACompletionRunsOnTheThreadAtHand() throws Exception {
    CompletionExecutor completions = new CompletionExecutor(null);
    completions.close();

    assertThat(onSdkThread(() -> unchecked(() -> threadOfCompletion(completions))))
        .isEqualTo("gradiant-test");
  }

  /**
   * What the SDK completes on its own thread for its own stages (the observers' attempt events)
   * leaves it for the client's pool, and never goes to the application's executor.
   */
  @Test
  void leavingAnSdkThreadGoesToTheClientsPoolNotTheApplicationsExecutor() throws Exception {
    AtomicReference<Runnable> handed = new AtomicReference<>();
    try (CompletionExecutor completions = new CompletionExecutor(handed::set)) {
      assertThat(onSdkThread(() -> unchecked(() -> threadOfLeaving(completions)))).isEqualTo(POOL);
      assertThat(threadOfLeaving(completions)).isEqualTo(Thread.currentThread().getName());
      assertThat(handed.get()).isNull();
    }
  }

  @Test
  void onceClosedWhatLeavesAnSdkThreadRunsOnIt() throws Exception {
    CompletionExecutor completions = new CompletionExecutor(null);
    completions.close();

    assertThat(onSdkThread(() -> unchecked(() -> threadOfLeaving(completions))))
        .isEqualTo("gradiant-test");
  }

  /** {@return the name of the thread {@link CompletionExecutor#leaveSdkThread} runs a task on} */
  private static String threadOfLeaving(CompletionExecutor completions) throws Exception {
    CompletableFuture<String> thread = new CompletableFuture<>();
    completions.leaveSdkThread(() -> thread.complete(Thread.currentThread().getName()));
    return thread.get(10, SECONDS);
  }

  /**
   * With every thread of the pool held by a stage, one more completion waits in the queue and then
   * runs on one of those threads, instead of starting a thread of its own.
   */
  @Test
  void thePoolHasAtMostItsBoundOfThreadsAndQueuesTheRest() throws Exception {
    int bound = CompletionExecutor.MAX_THREADS;
    CountDownLatch allHeld = new CountDownLatch(bound);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch lastRan = new CountDownLatch(1);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    try (CompletionExecutor completions = new CompletionExecutor(null)) {
      onSdkThread(
          () -> {
            for (int i = 0; i < bound; i++) {
              completions.handOff(
                  () -> {
                    threads.add(Thread.currentThread());
                    allHeld.countDown();
                    awaitBounded(release);
                  });
            }
            return null;
          });
      assertThat(allHeld.await(10, SECONDS)).as("every thread of the pool holds a stage").isTrue();

      onSdkThread(
          () -> {
            completions.handOff(
                () -> {
                  threads.add(Thread.currentThread());
                  lastRan.countDown();
                });
            return null;
          });
      release.countDown();

      assertThat(lastRan.await(10, SECONDS)).as("the queued completion ran").isTrue();
      assertThat(threads).hasSize(bound);
      assertThat(threads).extracting(Thread::getName).containsOnly(POOL);
    }
  }

  private static void awaitBounded(CountDownLatch latch) {
    try {
      latch.await(10, SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Runs {@code action}, its checked exception made unchecked (for {@link #onSdkThread}). */
  private static <T> T unchecked(CheckedSupplier<T> action) {
    try {
      return action.get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface CheckedSupplier<T> {
    T get() throws Exception;
  }
}
