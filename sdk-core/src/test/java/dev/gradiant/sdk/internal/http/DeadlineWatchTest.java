package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.MonitorProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deadline watch cancels calls whose time is up, and only those. */
class DeadlineWatchTest {
  private final OkHttpClient okHttp = new OkHttpClient();
  private final DeadlineWatch watch = new DeadlineWatch();

  @AfterEach
  void tearDown() {
    watch.close();
    okHttp.dispatcher().executorService().shutdown();
  }

  /** A call that is never executed: only its cancellation is observed. */
  private Call call() {
    return okHttp.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
  }

  /** Waits (bounded) until {@code call} is cancelled. */
  private static boolean cancelledWithin(Call call, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!call.isCanceled() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    return call.isCanceled();
  }

  @Test
  void aCallPastItsLimitIsCancelledAndMarkedExpired() throws Exception {
    Call call = call();
    DeadlineWatch.Watched watched = watch.watch(call, Duration.ofMillis(50).toNanos(), null);

    assertThat(cancelledWithin(call, Duration.ofSeconds(5))).isTrue();
    assertThat(watched.expired()).isTrue();
  }

  @Test
  void anEarlierLimitWatchedAfterALaterOneStillFiresOnTime() throws Exception {
    Call later = call();
    Call sooner = call();
    watch.watch(later, Duration.ofMinutes(10).toNanos(), null);
    DeadlineWatch.Watched soonerWatched =
        watch.watch(sooner, Duration.ofMillis(50).toNanos(), null);

    assertThat(cancelledWithin(sooner, Duration.ofSeconds(5))).isTrue();
    assertThat(soonerWatched.expired()).isTrue();
    assertThat(later.isCanceled()).isFalse();
  }

  @Test
  void aForgottenCallIsNeverCancelled() throws Exception {
    Call done = call();
    Call marker = call();
    DeadlineWatch.Watched watched = watch.watch(done, Duration.ofMillis(30).toNanos(), null);
    watch.forget(watched);
    watch.watch(marker, Duration.ofMillis(60).toNanos(), null);

    assertThat(cancelledWithin(marker, Duration.ofSeconds(5))).isTrue();
    assertThat(done.isCanceled()).isFalse();
    assertThat(watched.expired()).isFalse();
  }

  @Test
  void limitsWatchedOutOfOrderFireInOrderOfTheirLimits() throws Exception {
    Call longFirst = call();
    Call middle = call();
    Call longSecond = call();
    Call forgotten = call();
    Call soonest = call();
    Call last = call();
    watch.watch(longFirst, Duration.ofMinutes(10).toNanos(), null);
    DeadlineWatch.Watched middleWatched =
        watch.watch(middle, Duration.ofMillis(40).toNanos(), null);
    watch.watch(longSecond, Duration.ofMinutes(10).toNanos(), null);
    DeadlineWatch.Watched forgottenWatched =
        watch.watch(forgotten, Duration.ofMillis(80).toNanos(), null);
    DeadlineWatch.Watched soonestWatched =
        watch.watch(soonest, Duration.ofMillis(20).toNanos(), null);
    watch.watch(last, Duration.ofMillis(120).toNanos(), null);
    watch.forget(forgottenWatched);
    watch.forget(forgottenWatched);

    assertThat(cancelledWithin(last, Duration.ofSeconds(5))).isTrue();
    assertThat(soonest.isCanceled()).isTrue();
    assertThat(middle.isCanceled()).isTrue();
    assertThat(soonestWatched.expired()).isTrue();
    assertThat(middleWatched.expired()).isTrue();
    assertThat(forgotten.isCanceled()).isFalse();
    assertThat(forgottenWatched.expired()).isFalse();
    assertThat(longFirst.isCanceled()).isFalse();
    assertThat(longSecond.isCanceled()).isFalse();

    // Forgetting an entry the watch already cancelled changes nothing.
    watch.forget(soonestWatched);
    assertThat(soonestWatched.expired()).isTrue();
  }

  @Test
  void watchingAndForgettingNeverWaitForALock() throws Exception {
    Call watchedOnce = call();
    Call other = call();

    boolean finished =
        MonitorProbe.finishesWhileHeld(
            watch,
            () -> {
              watch.forget(watch.watch(watchedOnce, Duration.ofMinutes(10).toNanos(), null));
              watch.watch(other, Duration.ofMillis(20).toNanos(), null);
            });

    assertThat(finished).isTrue();
    assertThat(cancelledWithin(other, Duration.ofSeconds(5))).isTrue();
    assertThat(watchedOnce.isCanceled()).isFalse();
  }

  @Test
  void anEarlierLimitAfterManyForgottenCallsStillFiresOnTime() throws Exception {
    Call ended = call();
    for (int i = 0; i < 3 * DeadlineWatch.SWEEP_EVERY + 7; i++) {
      watch.forget(watch.watch(ended, Duration.ofMinutes(10).toNanos(), null));
    }
    Call running = call();
    DeadlineWatch.Watched runningWatched =
        watch.watch(running, Duration.ofMinutes(10).toNanos(), null);
    Call sooner = call();
    DeadlineWatch.Watched soonerWatched =
        watch.watch(sooner, Duration.ofMillis(30).toNanos(), null);

    assertThat(cancelledWithin(sooner, Duration.ofSeconds(5))).isTrue();
    assertThat(soonerWatched.expired()).isTrue();
    assertThat(ended.isCanceled()).isFalse();
    assertThat(running.isCanceled()).isFalse();
    assertThat(runningWatched.expired()).isFalse();
  }

  @Test
  void callsWatchedFromManyThreadsAtOnceEachExpireOrAreForgottenNeverBoth() throws Exception {
    int threads = 8;
    int perThread = 2_000;
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> workers = new ArrayList<>();
    List<DeadlineWatch.Watched> late = new ArrayList<>();
    List<Call> lateCalls = new ArrayList<>();
    AtomicInteger cancelledAfterForget = new AtomicInteger();
    List<Call> forgottenCalls = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Call lateCall = call();
      Call forgottenCall = call();
      lateCalls.add(lateCall);
      forgottenCalls.add(forgottenCall);
      Thread worker =
          new Thread(
              () -> {
                try {
                  start.await();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
                for (int i = 0; i < perThread; i++) {
                  watch.forget(watch.watch(forgottenCall, Duration.ofMinutes(10).toNanos(), null));
                }
                DeadlineWatch.Watched entry =
                    watch.watch(lateCall, Duration.ofMillis(20).toNanos(), null);
                synchronized (late) {
                  late.add(entry);
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }

    for (Call lateCall : lateCalls) {
      assertThat(cancelledWithin(lateCall, Duration.ofSeconds(5))).isTrue();
    }
    assertThat(late).hasSize(threads).allMatch(DeadlineWatch.Watched::expired);
    for (Call forgottenCall : forgottenCalls) {
      if (forgottenCall.isCanceled()) {
        cancelledAfterForget.incrementAndGet();
      }
    }
    assertThat(cancelledAfterForget).hasValue(0);
  }

  @Test
  void closingStopsWatching() throws Exception {
    Call call = call();
    Call after = call();
    watch.watch(call, Duration.ofMillis(200).toNanos(), null);
    watch.close();
    watch.watch(after, Duration.ofMillis(1).toNanos(), null);

    Thread.sleep(300);
    assertThat(call.isCanceled()).isFalse();
    assertThat(after.isCanceled()).isFalse();
  }

  @Test
  void anInterruptLeftOnTheWatchThreadIsClearedBeforeItSleepsAgain() throws Exception {
    Call interrupting = call();
    Call next = call();
    List<Boolean> interruptedAtNextExpiry = new java.util.concurrent.CopyOnWriteArrayList<>();
    // Code that ran on the watch thread and restored an interrupt: every park would return at
    // once from then on, and the thread would spin.
    watch.watch(
        interrupting, Duration.ofMillis(20).toNanos(), () -> Thread.currentThread().interrupt());
    watch.watch(
        next,
        Duration.ofMillis(200).toNanos(),
        () -> interruptedAtNextExpiry.add(Thread.currentThread().isInterrupted()));

    assertThat(cancelledWithin(next, Duration.ofSeconds(5))).isTrue();
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (interruptedAtNextExpiry.isEmpty() && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(interruptedAtNextExpiry).containsExactly(false);
  }

  @Test
  void aForgottenCallIsNotHeldWhileItsEntryWaitsForTheWatchThread() throws Exception {
    // The watch thread takes this entry and sleeps until its limit, ten minutes away; an entry
    // pushed after it with a later limit does not wake it, so it waits on the stack.
    watch.watch(call(), Duration.ofMinutes(10).toNanos(), null);
    for (int i = 0; i < 1_000; i++) {
      Thread watcher = watch.watchThread();
      if (watcher != null && watcher.getState() == Thread.State.TIMED_WAITING) {
        break;
      }
      Thread.sleep(1);
    }
    Call ended = call();
    java.lang.ref.WeakReference<Call> endedRef = new java.lang.ref.WeakReference<>(ended);
    Object response = new Object();
    java.lang.ref.WeakReference<Object> responseRef = new java.lang.ref.WeakReference<>(response);
    Runnable onExpiry = response::hashCode; // an asynchronous call's callback holds its future
    watch.forget(watch.watch(ended, Duration.ofMinutes(20).toNanos(), onExpiry));
    ended = null;
    response = null;
    onExpiry = null;

    for (int i = 0; i < 50 && (endedRef.get() != null || responseRef.get() != null); i++) {
      System.gc();
      Thread.sleep(10);
    }

    assertThat(endedRef.get()).isNull();
    assertThat(responseRef.get()).isNull();
  }
}
