package dev.gradiant.sdk.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A fixed number of asynchronous calls in flight through one client, for a bounded time: {@code
 * inFlight} chains are started at once, and each call's completion starts the next call of its
 * chain, on the thread that completed it, until the window ends. (A single thread starting calls
 * whenever one ends does not keep the bound on a 2-core machine: it competes for the CPU with the
 * dispatcher's and the server's threads, and held 3 to 16 calls in flight instead of 1,000.) Each
 * call's latency, from starting it to its future completing, is recorded by the completing thread.
 */
final class AsyncLoad {
  private final int inFlight;

  /**
   * @param inFlight how many calls are kept in flight
   */
  AsyncLoad(int inFlight) {
    this.inFlight = inFlight;
  }

  /**
   * Keeps {@code inFlight} calls going for {@code warmupNanos + measureNanos}, then waits for the
   * last ones (at most 30 s).
   *
   * @param call starts one call; its future yields whether the answer is the fixture's
   * @param warmupNanos the leading part, whose calls are made but not counted
   * @param measureNanos the measured part: calls that complete in it are counted
   * @return the measured window
   * @throws InterruptedException if interrupted
   */
  LoadWindow run(Supplier<CompletableFuture<Boolean>> call, long warmupNanos, long measureNanos)
      throws InterruptedException {
    Window window = new Window(call, warmupNanos, measureNanos);
    for (int i = 0; i < inFlight; i++) {
      window.next();
    }
    if (!window.chainsEnded.await(
        window.to - System.nanoTime() + 30_000_000_000L, TimeUnit.NANOSECONDS)) {
      throw new IllegalStateException("Calls still in flight 30 s after the window");
    }
    LatencyHistogram all = new LatencyHistogram();
    window.perThread.forEach(all::add);
    double meanInFlight =
        window.samples.get() == 0 ? 0 : (double) window.inFlightSum.get() / window.samples.get();
    return new LoadWindow(all.count(), measureNanos, all, window.failures.get(), meanInFlight);
  }

  /** The chains of one window. */
  private final class Window {
    final Supplier<CompletableFuture<Boolean>> call;
    final long from;
    final long to;
    final CountDownLatch chainsEnded = new CountDownLatch(inFlight);
    final AtomicInteger outstanding = new AtomicInteger();
    final AtomicLong inFlightSum = new AtomicLong();
    final AtomicLong samples = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final List<LatencyHistogram> perThread = new CopyOnWriteArrayList<>();
    final ThreadLocal<LatencyHistogram> histogram =
        ThreadLocal.withInitial(
            () -> {
              LatencyHistogram mine = new LatencyHistogram();
              perThread.add(mine);
              return mine;
            });

    Window(Supplier<CompletableFuture<Boolean>> call, long warmupNanos, long measureNanos) {
      this.call = call;
      this.from = System.nanoTime() + warmupNanos;
      this.to = from + measureNanos;
    }

    /** Starts a chain's next call, or ends the chain when the window is over. */
    void next() {
      long start = System.nanoTime();
      if (start >= to) {
        chainsEnded.countDown();
        return;
      }
      int now = outstanding.incrementAndGet();
      if (start >= from) {
        inFlightSum.addAndGet(now);
        samples.incrementAndGet();
      }
      CompletableFuture<Boolean> future;
      try {
        future = call.get();
      } catch (RuntimeException e) {
        outstanding.decrementAndGet();
        end(true);
        return;
      }
      future.whenComplete(
          (ok, failure) -> {
            long end = System.nanoTime();
            outstanding.decrementAndGet();
            if (failure != null || !Boolean.TRUE.equals(ok)) {
              end(true); // a failed chain ends: no retry loop, and the run fails
              return;
            }
            if (end >= from && end <= to) {
              histogram.get().record(end - start);
            }
            next();
          });
    }

    private void end(boolean failed) {
      if (failed) {
        failures.incrementAndGet();
      }
      chainsEnded.countDown();
    }
  }
}
