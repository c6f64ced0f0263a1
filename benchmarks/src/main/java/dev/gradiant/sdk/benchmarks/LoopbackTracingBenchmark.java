package dev.gradiant.sdk.benchmarks;

import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.opentelemetry.GradiantTracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the OpenTelemetry module costs a call, beside the peer a user would otherwise pick, with
 * every client interleaved in short runs in a random order as {@link LoopbackBenchmark} does, so
 * that their ratios are measured under the same conditions (on a busy machine, the only fair way).
 * The clients: the SDK alone; the SDK traced by the module with every span recorded (and dropped by
 * the exporter), with sampling off, and on the OpenTelemetry API with no SDK installed ({@code
 * OpenTelemetry.noop()}); the raw call with the SDK's timestamp reader ({@code _rawSdkTimestamps}
 * of {@link CallBenchmark}) alone, and traced by OpenTelemetry's own OkHttp instrumentation on the
 * same two OpenTelemetry set-ups; and the SDK with one installed observer that does nothing (what
 * any observer costs before it does any work). The module's cost is each traced SDK client ÷ the
 * SDK alone; the instrumentation's, each traced raw client ÷ the raw one. Over loopback ({@link
 * LoopbackServer} on 127.0.0.1, the default) these show the cost beside a call's real work; {@code
 * -p transport=inJvm} shows it on the in-JVM call, the target; add {@code -p clock=cpu} to
 * time each run by the thread's CPU time on a machine busy with other work. See {@link
 * BenchmarkTracing} for the OpenTelemetry set-ups.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoopbackTracingBenchmark {
  /** {@value Target#LOOPBACK} by default; {@value Target#IN_JVM} for the in-JVM call. */
  @Param({Target.LOOPBACK})
  public String transport;

  /**
   * How each run is timed: {@code wall} ({@code System.nanoTime}, the default) or {@code cpu}, the
   * benchmark thread's CPU time, which the time a busy machine keeps the thread off a core does not
   * inflate. Only for {@code -p transport=inJvm}, where a call's whole work runs on that thread.
   */
  @Param({"wall"})
  public String clock;

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private boolean cpu;

  private Target target;
  private SdkCalls sdk;
  private OpenTelemetrySdk recorded;
  private OpenTelemetrySdk sampledOff;
  private SdkCalls sdkRecorded;
  private SdkCalls sdkSampledOff;
  private SdkCalls sdkNoSdk;
  private SdkCalls sdkNoOpObserver;
  private RawCalls raw;
  private RawCalls rawRecorded;
  private RawCalls rawSampledOff;
  private final SplittableRandom order = new SplittableRandom(11);
  private final int[] clientOrder = {0, 1, 2, 3, 4, 5, 6, 7};

  /** Starts the target and the clients, and checks that each reads the fixtures right. */
  @Setup(Level.Trial)
  public void start() {
    cpu = "cpu".equals(clock);
    if (cpu && !Target.IN_JVM.equals(transport)) {
      throw new IllegalArgumentException("-p clock=cpu measures in-JVM calls only");
    }
    target = Target.start(transport, CannedApi.standard());
    sdk = new SdkCalls(target.baseUrl(), target.http());
    recorded = BenchmarkTracing.recordedToNoOpExporter();
    sampledOff = BenchmarkTracing.sampledOff();
    sdkRecorded = new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(recorded));
    sdkSampledOff =
        new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(sampledOff));
    sdkNoSdk =
        new SdkCalls(target.baseUrl(), target.http(), GradiantTracing.create(OpenTelemetry.noop()));
    sdkNoOpObserver = new SdkCalls(target.baseUrl(), target.http(), new CallObserver() {});
    raw = RawCalls.withSdkTimestamps(target.baseUrl(), target.http());
    boolean inJvm = Target.IN_JVM.equals(transport);
    rawRecorded =
        RawCalls.withSdkTimestampsTraced(target.baseUrl(), target.http(), recorded, inJvm);
    rawSampledOff =
        RawCalls.withSdkTimestampsTraced(target.baseUrl(), target.http(), sampledOff, inJvm);
    Check.tracedAgrees(sdk, sdkRecorded);
    Check.tracedAgrees(sdk, sdkSampledOff);
    Check.tracedAgrees(sdk, sdkNoSdk);
    Check.tracedAgrees(sdk, sdkNoOpObserver);
    Check.rawAgrees(sdk, raw);
    Check.rawAgrees(sdk, rawRecorded);
    Check.rawAgrees(sdk, rawSampledOff);
  }

  /** Closes the clients, the OpenTelemetry SDKs and the target. */
  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    sdkRecorded.close();
    sdkSampledOff.close();
    sdkNoSdk.close();
    sdkNoOpObserver.close();
    recorded.close();
    sampledOff.close();
    target.close();
  }

  /**
   * GET /sessions/{id} through each client.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   */
  @Benchmark
  public void getSession_traced(TracingTally tally, Blackhole sink) {
    interleave(
        tally,
        sink,
        sdk::getSession,
        sdkRecorded::getSession,
        sdkSampledOff::getSession,
        sdkNoSdk::getSession,
        raw::getSession,
        rawRecorded::getSession,
        rawSampledOff::getSession,
        sdkNoOpObserver::getSession);
  }

  /**
   * POST /bookings through each client.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   */
  @Benchmark
  public void createBooking_traced(TracingTally tally, Blackhole sink) {
    interleave(
        tally,
        sink,
        sdk::createBooking,
        sdkRecorded::createBooking,
        sdkSampledOff::createBooking,
        sdkNoSdk::createBooking,
        raw::createBooking,
        rawRecorded::createBooking,
        rawSampledOff::createBooking,
        sdkNoOpObserver::createBooking);
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
      long start = now();
      for (int n = 0; n < LoopbackBenchmark.RUN; n++) {
        sink.consume(call.get());
      }
      tally.add(client, LoopbackBenchmark.RUN, now() - start);
    }
  }

  private long now() {
    return cpu ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
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

    /** Nanoseconds in the SDK's calls traced with every span recorded. */
    public long recordedNanos;

    /** Nanoseconds in the SDK's calls traced with sampling off. */
    public long sampledOffNanos;

    /** Nanoseconds in the SDK's calls traced on the OpenTelemetry API alone (no SDK). */
    public long noSdkNanos;

    /** Nanoseconds in the raw calls (with the SDK's timestamp reader), untraced. */
    public long rawNanos;

    /** Nanoseconds in the raw calls traced by OpenTelemetry's OkHttp instrumentation, recorded. */
    public long rawRecordedNanos;

    /** Nanoseconds in the raw calls traced by the OkHttp instrumentation, sampling off. */
    public long rawSampledOffNanos;

    /** Nanoseconds in the SDK's calls with one installed observer that does nothing. */
    public long noOpObserverNanos;

    /** Calls made through each client (the same count for all). */
    public long calls;

    /** Zeroes the totals at the start of each iteration, as JMH expects of its counters. */
    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = recordedNanos = sampledOffNanos = noSdkNanos = 0;
      rawNanos = rawRecordedNanos = rawSampledOffNanos = noOpObserverNanos = calls = 0;
    }

    void add(int client, int run, long nanos) {
      switch (client) {
        case 0 -> {
          sdkNanos += nanos;
          calls += run;
        }
        case 1 -> recordedNanos += nanos;
        case 2 -> sampledOffNanos += nanos;
        case 3 -> noSdkNanos += nanos;
        case 4 -> rawNanos += nanos;
        case 5 -> rawRecordedNanos += nanos;
        case 6 -> rawSampledOffNanos += nanos;
        default -> noOpObserverNanos += nanos;
      }
    }
  }
}
