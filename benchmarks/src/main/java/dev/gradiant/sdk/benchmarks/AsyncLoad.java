package dev.gradiant.sdk.benchmarks;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A bounded number of asynchronous calls in flight through one client: one thread starts a call
 * whenever fewer than {@code inFlight} are outstanding, for a bounded time, and each call's latency
 * (from starting it to its future completing) is recorded by the thread that completes it.
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
    Semaphore slots = new Semaphore(inFlight);
    List<LatencyHistogram> perThread = new CopyOnWriteArrayList<>();
    ThreadLocal<LatencyHistogram> histogram =
        ThreadLocal.withInitial(
            () -> {
              LatencyHistogram mine = new LatencyHistogram();
              perThread.add(mine);
              return mine;
            });
    AtomicLong failures = new AtomicLong();
    long from = System.nanoTime() + warmupNanos;
    long to = from + measureNanos;
    long deadline = to + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < to) {
      if (!slots.tryAcquire(1, TimeUnit.SECONDS)) {
        throw new IllegalStateException("No call completed within a second");
      }
      long start = System.nanoTime();
      CompletableFuture<Boolean> future;
      try {
        future = call.get();
      } catch (RuntimeException e) {
        failures.incrementAndGet();
        slots.release();
        continue;
      }
      future.whenComplete(
          (ok, failure) -> {
            long end = System.nanoTime();
            if (failure != null || !Boolean.TRUE.equals(ok)) {
              failures.incrementAndGet();
            } else if (end >= from && end <= to) {
              histogram.get().record(end - start);
            }
            slots.release();
          });
    }
    // Every call ends before the next window starts: the last ones are drained, not counted.
    if (!slots.tryAcquire(inFlight, deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
      throw new IllegalStateException("Calls still in flight 30 s after the window");
    }
    LatencyHistogram all = new LatencyHistogram();
    perThread.forEach(all::add);
    return new LoadWindow(all.count(), measureNanos, all, failures.get());
  }
}
