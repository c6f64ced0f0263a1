package dev.gradiant.sdk.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * A fixed set of threads sharing one client, each making blocking calls back to back (a closed
 * loop, as request-handling threads do), for a bounded time. The threads live as long as the load,
 * so that every window and every client sees the same threads.
 */
final class BlockingLoad implements AutoCloseable {
  private final int threads;
  private final ExecutorService pool;

  /**
   * @param threads how many threads share the client
   */
  BlockingLoad(int threads) {
    this.threads = threads;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "load-caller");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs every thread for {@code warmupNanos + measureNanos}, calling {@code call} back to back.
   *
   * @param call one call; returns whether the answer is the fixture's
   * @param warmupNanos the leading part of the window, whose calls are made but not counted
   * @param measureNanos the measured part: calls that end in it are counted, with their latency (in
   *     a steady state, completions in a window ÷ its length is the throughput)
   * @return the measured window
   * @throws Exception if a thread fails or is interrupted
   */
  LoadWindow run(Supplier<Boolean> call, long warmupNanos, long measureNanos) throws Exception {
    long from = System.nanoTime() + warmupNanos;
    long to = from + measureNanos;
    List<Future<LoadWindow>> callers = new ArrayList<>(threads);
    for (int i = 0; i < threads; i++) {
      callers.add(pool.submit(() -> callUntil(call, from, to)));
    }
    LatencyHistogram all = new LatencyHistogram();
    long calls = 0;
    long failures = 0;
    for (Future<LoadWindow> caller : callers) {
      LoadWindow one = caller.get();
      calls += one.calls();
      failures += one.failures();
      all.add(one.latencies());
    }
    return new LoadWindow(calls, measureNanos, all, failures, threads);
  }

  /** One thread's loop: stops by itself at {@code to}. */
  private static LoadWindow callUntil(Supplier<Boolean> call, long from, long to) {
    LatencyHistogram latencies = new LatencyHistogram();
    long calls = 0;
    long failures = 0;
    long now = System.nanoTime();
    while (now < to) {
      long start = now;
      boolean ok;
      try {
        ok = call.get();
      } catch (RuntimeException e) {
        ok = false;
      }
      now = System.nanoTime();
      if (!ok) {
        failures++;
      } else if (now >= from && now <= to) {
        latencies.record(now - start);
        calls++;
      }
    }
    return new LoadWindow(calls, to - from, latencies, failures, 1);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
