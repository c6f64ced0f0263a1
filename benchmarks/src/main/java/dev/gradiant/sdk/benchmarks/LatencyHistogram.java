package dev.gradiant.sdk.benchmarks;

/**
 * Call latencies in nanoseconds, counted in buckets of about 1.6 % width (64 per power of two), so
 * that recording one costs an array increment and the percentiles of millions of calls fit in a few
 * kilobytes. Not thread-safe: one per recording thread, merged afterwards.
 */
final class LatencyHistogram {
  private static final int SUB_BITS = 6;
  private static final int SUB = 1 << SUB_BITS;
  // Values below SUB nanoseconds get a bucket each; above, 64 buckets per power of two up to 2^63.
  private final long[] counts = new long[SUB + (64 - SUB_BITS) * SUB];
  private long total;

  /** Records one latency. */
  void record(long nanos) {
    counts[index(Math.max(0, nanos))]++;
    total++;
  }

  /** Adds another histogram's counts to this one. */
  void add(LatencyHistogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    total += other.total;
  }

  /** {@return how many latencies were recorded} */
  long count() {
    return total;
  }

  /**
   * {@return the latency below which {@code fraction} of the calls fall, as the upper edge of its
   * bucket (at most 1.6 % above the true value); 0 when nothing was recorded}
   */
  long percentile(double fraction) {
    if (total == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(fraction * total);
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= Math.max(1, rank)) {
        return upperEdge(i);
      }
    }
    return upperEdge(counts.length - 1);
  }

  private static int index(long nanos) {
    if (nanos < SUB) {
      return (int) nanos;
    }
    int power = 63 - Long.numberOfLeadingZeros(nanos); // >= SUB_BITS
    int sub = (int) (nanos >>> (power - SUB_BITS)) & (SUB - 1);
    return SUB + (power - SUB_BITS) * SUB + sub;
  }

  private static long upperEdge(int index) {
    if (index < SUB) {
      return index;
    }
    int power = (index - SUB) / SUB + SUB_BITS;
    long sub = (index - SUB) % SUB;
    return ((SUB + sub + 1) << (power - SUB_BITS)) - 1;
  }
}
