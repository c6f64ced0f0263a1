package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.client.ApiException;
import java.util.concurrent.TimeUnit;
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
 * Every one of 10,000 sessions, 100 pages of 100: the SDK's auto-pager beside the loop a user
 * writes by hand around OkHttp + Jackson, around the generated client or around Retrofit. One
 * operation is the whole walk. (The memory the walk retains is measured by {@link PagerMemory}.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PaginationBenchmark {
  /**
   * {@value Target#IN_JVM} by default. Loopback is measured by {@link LoopbackBenchmark}, with the
   * clients interleaved; {@code -p transport=loopback} runs this one over loopback too.
   */
  @Param({Target.IN_JVM})
  public String transport;

  private Target target;
  private SdkCalls sdk;
  private RawCalls raw;
  private GeneratedCalls generated;
  private RetrofitCalls retrofit;

  /**
   * Starts the target and the three clients, and checks that each walks the whole list.
   *
   * @throws ApiException if the generated client fails
   */
  @Setup(Level.Trial)
  public void start() throws ApiException {
    target = Target.start(transport, CannedApi.standard());
    sdk = new SdkCalls(target.baseUrl(), target.http());
    raw = new RawCalls(target.baseUrl(), target.http());
    generated = new GeneratedCalls(target.baseUrl(), target.http());
    retrofit = new RetrofitCalls(target.baseUrl(), target.http());
    Check.walksEverything(sdk, raw, generated);
    Check.retrofitWalksEverything(sdk, retrofit);
  }

  /** Closes the clients and the target. */
  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    target.close();
  }

  /**
   * @param sink consumes each session
   * @return how many sessions were walked
   */
  @Benchmark
  public long walk10k_sdk(Blackhole sink) {
    return sdk.walkAll(sink::consume);
  }

  /**
   * @param sink consumes each session
   * @return how many sessions were walked
   */
  @Benchmark
  public long walk10k_raw(Blackhole sink) {
    return raw.walkAll(sink::consume);
  }

  /**
   * @param sink consumes each session
   * @return how many sessions were walked
   * @throws ApiException never here
   */
  @Benchmark
  public long walk10k_generated(Blackhole sink) throws ApiException {
    return generated.walkAll(sink::consume);
  }

  /**
   * @param sink consumes each session
   * @return how many sessions were walked
   */
  @Benchmark
  public long walk10k_retrofit(Blackhole sink) {
    return retrofit.walkAll(sink::consume);
  }
}
