package dev.gradiant.sdk.benchmarks;

/**
 * What one client did in one measured window of a concurrency run.
 *
 * @param calls calls completed inside the window
 * @param nanos the window's length
 * @param latencies the latency of each call completed inside the window
 * @param failures calls that failed or returned something else than the fixture (anywhere in the
 *     run, warm-up included); any makes the run fail
 * @param meanInFlight how many calls were outstanding on average, sampled whenever a call started
 *     in the measured part (for a blocking load: the number of threads)
 */
record LoadWindow(
    long calls, long nanos, LatencyHistogram latencies, long failures, double meanInFlight) {
  /** {@return calls per second} */
  double throughput() {
    return calls * 1e9 / nanos;
  }
}
