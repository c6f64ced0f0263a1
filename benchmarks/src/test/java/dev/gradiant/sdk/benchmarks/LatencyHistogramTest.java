package dev.gradiant.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The concurrency run's percentiles are those of the latencies recorded, to within a bucket. */
class LatencyHistogramTest {

  @Test
  void percentilesAreWithinOneBucketOfTheExactOnes() {
    LatencyHistogram histogram = new LatencyHistogram();
    for (long micros = 1; micros <= 10_000; micros++) {
      histogram.record(micros * 1_000);
    }

    assertThat(histogram.count()).isEqualTo(10_000);
    assertThat((double) histogram.percentile(0.50)).isCloseTo(5_000_000, within(5_000_000 / 60.0));
    assertThat((double) histogram.percentile(0.99)).isCloseTo(9_900_000, within(9_900_000 / 60.0));
    assertThat(histogram.percentile(0.99)).isGreaterThanOrEqualTo(9_900_000);
    assertThat(histogram.percentile(1.0)).isGreaterThanOrEqualTo(10_000_000);
  }

  @Test
  void mergedHistogramsCountEveryCallAndSmallValuesExactly() {
    LatencyHistogram one = new LatencyHistogram();
    LatencyHistogram other = new LatencyHistogram();
    for (int i = 0; i < 99; i++) {
      one.record(10);
    }
    other.record(Long.MAX_VALUE / 2);

    one.add(other);

    assertThat(one.count()).isEqualTo(100);
    assertThat(one.percentile(0.99)).isEqualTo(10);
    assertThat(one.percentile(1.0)).isGreaterThanOrEqualTo(Long.MAX_VALUE / 2);
    assertThat(new LatencyHistogram().percentile(0.99)).isZero();
  }
}
