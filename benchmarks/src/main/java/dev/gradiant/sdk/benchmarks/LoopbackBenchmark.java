package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.client.ApiException;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
 * The scenarios over a real socket ({@link LoopbackServer} on 127.0.0.1), with the clients
 * interleaved: one operation makes a short run of the same call through each client in turn
 * ({@value #RUN} calls, or one whole walk), in a new random order each time, and times each run
 * apart ({@link Tally}). The clients are the SDK, the hand-written OkHttp + Jackson calls, the
 * generated client, and a diagnostic: the hand-written calls sending the SDK's {@code User-Agent}
 * and {@code Idempotency-Key} ({@link RawCalls#withSdkHeaders}), which shows how much of the SDK's
 * gap to raw is the bytes of those two headers and how much is its code. The fifth is the peer a
 * user might pick instead, Retrofit 2 with its Jackson converter ({@link RetrofitCalls}).
 *
 * <p>Why interleaved: a loopback round trip is two thread wake-ups, and on a small virtual machine
 * their cost drifts with the host (one client's 1 s iterations ranged from 9,700 to 21,500 ops/s
 * within one fork). Benchmarks run one after another see different weather; runs a millisecond
 * apart see the same, so their ratio holds still even when the absolute figures do not. Why runs
 * and not single calls: a client called right after another finds the caches full of the other's
 * code and data, which costs the client with more code more; a run lets each settle as it would in
 * a benchmark of its own. Why a random order: a rotation (each operation starting one client later)
 * keeps the clients' cycle, so who runs after whom is not even: with three clients, the SDK ran
 * right after the generated client (the one with the most code and garbage) in two operations of
 * three, the raw calls in one. The clock and allocation-counter reads around a run cost nothing
 * measurable.
 *
 * <p>Why 3 forks of 10 iterations: one iteration's SDK/raw ratio for the POST ranged from 0.88 to
 * 1.04, so 15 iterations left the mean ratio uncertain by about ±0.02 to ±0.03 (two standard
 * errors); 30 halve the variance (report.py prints each mean ± 2 standard errors).
 */
@State(Scope.Benchmark)
@Fork(3)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class LoopbackBenchmark {
  /** How many single calls each client makes in a row (about 1 ms) before the next's turn. */
  static final int RUN = 16;

  private Target target;
  private SdkCalls sdk;
  private RawCalls raw;
  private GeneratedCalls generated;
  private RawCalls rawSdkHeaders;
  private RetrofitCalls retrofit;
  private final SplittableRandom order = new SplittableRandom(7);
  private final int[] clientOrder = {0, 1, 2, 3, 4};

  /**
   * Starts the server and the clients, and checks that each reads the fixtures right.
   *
   * @throws ApiException if the generated client fails
   */
  @Setup(Level.Trial)
  public void start() throws ApiException {
    target = Target.start(Target.LOOPBACK, CannedApi.standard());
    sdk = new SdkCalls(target.baseUrl(), target.http());
    raw = new RawCalls(target.baseUrl(), target.http());
    generated = new GeneratedCalls(target.baseUrl(), target.http());
    rawSdkHeaders = RawCalls.withSdkHeaders(target.baseUrl(), target.http());
    retrofit = new RetrofitCalls(target.baseUrl(), target.http());
    Check.sameResults(sdk, raw, generated);
    Check.sameResults(sdk, rawSdkHeaders, generated);
    Check.walksEverything(sdk, raw, generated);
    Check.retrofitAgrees(sdk, retrofit);
    Check.retrofitWalksEverything(sdk, retrofit);
  }

  /** Closes the clients and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    target.close();
  }

  /**
   * GET /sessions/{id} through each client.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   * @throws ApiException never here
   */
  @Benchmark
  public void getSession_interleaved(Tally tally, Blackhole sink) throws ApiException {
    interleave(
        tally,
        sink,
        RUN,
        sdk::getSession,
        raw::getSession,
        generated::getSession,
        rawSdkHeaders::getSession,
        retrofit::getSession);
  }

  /**
   * POST /bookings through each client.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   * @throws ApiException never here
   */
  @Benchmark
  public void createBooking_interleaved(Tally tally, Blackhole sink) throws ApiException {
    interleave(
        tally,
        sink,
        RUN,
        sdk::createBooking,
        raw::createBooking,
        generated::createBooking,
        rawSdkHeaders::createBooking,
        retrofit::createBooking);
  }

  /**
   * One page of 100 sessions through each client.
   *
   * @param tally the per-client times
   * @param sink consumes the results
   * @throws ApiException never here
   */
  @Benchmark
  public void listPage_interleaved(Tally tally, Blackhole sink) throws ApiException {
    interleave(
        tally,
        sink,
        RUN,
        sdk::listPage,
        raw::listPage,
        generated::listPage,
        rawSdkHeaders::listPage,
        retrofit::listPage);
  }

  /**
   * Every one of 10,000 sessions, 100 pages of 100, through each client (the SDK's auto-pager, the
   * hand-written loops).
   *
   * @param tally the per-client times
   * @param sink consumes each session
   * @throws ApiException never here
   */
  @Benchmark
  public void walk10k_interleaved(Tally tally, Blackhole sink) throws ApiException {
    interleave(
        tally,
        sink,
        1,
        () -> sdk.walkAll(sink::consume),
        () -> raw.walkAll(sink::consume),
        () -> generated.walkAll(sink::consume),
        () -> rawSdkHeaders.walkAll(sink::consume),
        () -> retrofit.walkAll(sink::consume));
  }

  /** One call through one client. */
  @FunctionalInterface
  private interface Call {
    Object run() throws ApiException;
  }

  /**
   * Makes {@code run} calls in a row through each client, in a new random order each time, and
   * tallies each client's run. The clients are numbered as {@link Tally#add} counts them.
   */
  private void interleave(Tally tally, Blackhole sink, int run, Call... clients)
      throws ApiException {
    shuffle(clientOrder);
    for (int client : clientOrder) {
      Call call = clients[client];
      long bytes = Tally.allocated();
      long start = System.nanoTime();
      for (int n = 0; n < run; n++) {
        sink.consume(call.run());
      }
      long nanos = System.nanoTime() - start;
      tally.add(client, run, nanos, Tally.allocated() - bytes);
    }
  }

  /** Puts {@code clients} in a random order (Fisher–Yates). */
  private void shuffle(int[] clients) {
    for (int i = clients.length - 1; i > 0; i--) {
      int j = order.nextInt(i + 1);
      int swap = clients[i];
      clients[i] = clients[j];
      clients[j] = swap;
    }
  }

  /**
   * Per-client totals of one iteration, reported by JMH beside the primary score: nanoseconds spent
   * in each client's calls and bytes its calls allocated on the benchmark thread (the server's
   * thread is not counted), over {@code calls} calls each.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Tally {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();

    /** Nanoseconds in the SDK's calls. */
    public long sdkNanos;

    /** Nanoseconds in the hand-written OkHttp + Jackson calls. */
    public long rawNanos;

    /** Nanoseconds in the generated client's calls. */
    public long generatedNanos;

    /** Bytes the SDK's calls allocated. */
    public long sdkBytes;

    /** Bytes the hand-written calls allocated. */
    public long rawBytes;

    /** Bytes the generated client's calls allocated. */
    public long generatedBytes;

    /** Nanoseconds in the hand-written calls sending the SDK's headers. */
    public long rawSdkHeadersNanos;

    /** Bytes the hand-written calls sending the SDK's headers allocated. */
    public long rawSdkHeadersBytes;

    /** Nanoseconds in Retrofit's calls. */
    public long retrofitNanos;

    /** Bytes Retrofit's calls allocated. */
    public long retrofitBytes;

    /** Calls made through each client (the same count for all). */
    public long calls;

    /** Zeroes the totals at the start of each iteration, as JMH expects of its counters. */
    @Setup(Level.Iteration)
    public void reset() {
      sdkNanos = rawNanos = generatedNanos = 0;
      sdkBytes = rawBytes = generatedBytes = 0;
      rawSdkHeadersNanos = rawSdkHeadersBytes = 0;
      retrofitNanos = retrofitBytes = 0;
      calls = 0;
    }

    static long allocated() {
      return THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * Adds a run of client 0 (SDK), 1 (raw), 2 (generated), 3 (raw + SDK headers) or 4 (Retrofit).
     */
    void add(int client, int run, long nanos, long bytes) {
      switch (client) {
        case 0 -> {
          sdkNanos += nanos;
          sdkBytes += bytes;
          calls += run;
        }
        case 1 -> {
          rawNanos += nanos;
          rawBytes += bytes;
        }
        case 2 -> {
          generatedNanos += nanos;
          generatedBytes += bytes;
        }
        case 3 -> {
          rawSdkHeadersNanos += nanos;
          rawSdkHeadersBytes += bytes;
        }
        default -> {
          retrofitNanos += nanos;
          retrofitBytes += bytes;
        }
      }
    }
  }
}
