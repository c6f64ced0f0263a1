package dev.gradiant.sdk.benchmarks;

import dev.gradiant.sdk.opentelemetry.GradiantTracing;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the OpenTelemetry module costs a call that crosses a real socket ({@link LoopbackServer} on
 * 127.0.0.1): the SDK alone, the SDK traced with every span recorded (and dropped by the exporter),
 * and the SDK traced with sampling off, interleaved in short runs in a random order as {@link
 * LoopbackBenchmark} does, so that their ratio is measured under the same conditions. The in-JVM
 * rows ({@code CallBenchmark ..._sdkOtel*}) show the module's cost in isolation; these show what it
 * is beside a call's real work. See {@link BenchmarkTracing} for the two OpenTelemetry set-ups.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoopbackTracingBenchmark {
  private Target target;
  private SdkCalls sdk;
  private OpenTelemetrySdk recorded;
  private OpenTelemetrySdk sampledOff;
  private SdkCalls sdkRecorded;
  private SdkCalls sdkSampledOff;
  private final SplittableRandom order = new SplittableRandom(11);
  private final int[] clientOrder = {0, 1, 2};

  /** Starts the server and the three clients, and checks that each reads the fixtures right. */
  @Setup(Level.Trial)
  public void start() {
    target = Target.start(Target.LOOPBACK, CannedApi.standard());
    sdk = new SdkCalls(target.baseUrl(), target.http());
    recorded = BenchmarkTracing.recordedToNoOpExporter();
    sampledOff = BenchmarkTracing.sampledOff();
    sdkRecorded = new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(recorded));
    sdkSampledOff =
        new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(sampledOff));
    Check.tracedAgrees(sdk, sdkRecorded);
    Check.tracedAgrees(sdk, sdkSampledOff);
  }

  /** Closes the clients, the OpenTelemetry SDKs and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    sdkRecorded.close();
    sdkSampledOff.close();
    recorded.close();
    sampledOff.close();
    target.close();
  }

  /**
   * GET /sessions/{id}: untraced, recorded, sampled off.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   */
  @Benchmark
  public void getSession_traced(TracingTally tally, Blackhole sink) {
    interleave(tally, sink, sdk::getSession, sdkRecorded::getSession, sdkSampledOff::getSession);
  }

  /**
   * POST /bookings: untraced, recorded, sampled off.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   */
  @Benchmark
  public void createBooking_traced(TracingTally tally, Blackhole sink) {
    interleave(
        tally, sink, sdk::createBooking, sdkRecorded::createBooking, sdkSampledOff::createBooking);
  }

  private void interleave(TracingTally tally, Blackhole sink, Supplier<?>... clients) {
    for (int i = clientOrder.length - 1; i > 0; i--) {
      int j = order.nextInt(i + 1);
      int swap = clientOrder[i];
      clientOrder[i] = clientOrder[j];
      clientOrder[j] = swap;
    }
    for (int client : clientOrder) {
      Supplier<?> call = clients[client];
      long start = System.nanoTime();
      for (int n = 0; n < LoopbackBenchmark.RUN; n++) {
        sink.consume(call.get());
      }
      tally.add(client, LoopbackBenchmark.RUN, System.nanoTime() - start);
    }
  }

  /**
   * Per-client nanoseconds of one iteration, reported by JMH beside the primary score, over {@code
   * calls} calls each.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class TracingTally {
    /** Nanoseconds in the untraced SDK's calls. */
    public long sdkNanos;

    /** Nanoseconds in the calls traced with every span recorded. */
    public long recordedNanos;

    /** Nanoseconds in the calls traced with sampling off. */
    public long sampledOffNanos;

    /** Calls made through each client (the same count for all). */
    public long calls;

    /** Zeroes the totals at the start of each iteration, as JMH expects of its counters. */
    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = recordedNanos = sampledOffNanos = calls = 0;
    }

    void add(int client, int run, long nanos) {
      switch (client) {
        case 0 -> {
          sdkNanos += nanos;
          calls += run;
        }
        case 1 -> recordedNanos += nanos;
        default -> sampledOffNanos += nanos;
      }
    }
  }
}
