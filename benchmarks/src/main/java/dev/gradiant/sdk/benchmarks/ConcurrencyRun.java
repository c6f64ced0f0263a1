package dev.gradiant.sdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Many callers sharing one client over loopback: the SDK beside raw OkHttp + Jackson (with the
 * SDK's timestamp reader, the fair baseline) and Retrofit, all on one OkHttp client sized for the
 * load ({@link Target#loopbackForConcurrency}). Three scenarios, each a {@code GET /sessions/{id}}:
 *
 * <ul>
 *   <li>8 and 32 threads making blocking calls back to back ({@link BlockingLoad});
 *   <li>{@value #IN_FLIGHT} calls in flight through the async faces: the SDK's {@code async()},
 *       OkHttp's {@code enqueue}, Retrofit's {@code CompletableFuture} adapter ({@link AsyncLoad}).
 * </ul>
 *
 * <p>Measured interleaved, as {@link LoopbackBenchmark} is and for the same reason (a loopback
 * round trip's cost drifts with the host): each round gives every client one window of {@value
 * #WARMUP_MILLIS} ms unmeasured (async: {@value #ASYNC_WARMUP_MILLIS} ms) then {@value
 * #MEASURE_MILLIS} ms measured, in a new random order, after {@value #WARMUP_ROUNDS} rounds that
 * are not kept. Throughput is the calls completed in a window ÷ its length; p50 and p99 are of
 * their latencies (each call timed by itself). The server's share of the CPU is reported beside, to
 * show it is not what limits the clients.
 *
 * <p>Writes JSON: {@code java -cp ... ConcurrencyRun results/concurrency.json [--quick]
 * [--rounds=N] [--only=8,32,async]}. {@code --rounds} and {@code --only} narrow a run made while
 * working on one scenario (the full run takes neither): that many kept rounds, and only the named
 * scenarios (thread counts of the blocking ones, {@code async}).
 */
public final class ConcurrencyRun {
  static final int IN_FLIGHT = 1_000;
  private static final int WARMUP_ROUNDS = 2;
  private static final int ROUNDS = 8;
  private static final int WARMUP_MILLIS = 100;
  private static final int MEASURE_MILLIS = 400;
  private static final int ASYNC_WARMUP_MILLIS = 300;
  private static final List<String> CLIENTS = List.of("sdk", "raw", "retrofit");

  private final SplittableRandom order = new SplittableRandom(11);
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private ConcurrencyRun() {}

  /**
   * Runs the scenarios and writes the figures.
   *
   * @param args the output file, then {@code --quick} for the smoke test (one short round)
   * @throws Exception if a client fails or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    List<String> options = Arrays.asList(args).subList(1, args.length);
    boolean quick = options.contains("--quick");
    int rounds = quick ? 1 : ROUNDS;
    List<String> only = List.of("8", "32", "async");
    for (String option : options) {
      if (option.startsWith("--rounds=")) {
        rounds = Integer.parseInt(option.substring("--rounds=".length()));
      } else if (option.startsWith("--only=")) {
        only = List.of(option.substring("--only=".length()).split(","));
      } else if (!option.equals("--quick")) {
        throw new IllegalArgumentException("Unknown option: " + option);
      }
    }
    Map<String, Object> out = new ConcurrencyRun().run(quick, rounds, only);
    write(Path.of(args[0]), out);
  }

  static void write(Path file, Map<String, Object> figures) throws IOException {
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(file.toFile(), figures);
  }

  private Map<String, Object> run(boolean quick, int rounds, List<String> only) throws Exception {
    int warmupRounds = quick ? 0 : WARMUP_ROUNDS;
    long warmup = TimeUnit.MILLISECONDS.toNanos(quick ? 50 : WARMUP_MILLIS);
    long measure = TimeUnit.MILLISECONDS.toNanos(quick ? 100 : MEASURE_MILLIS);
    List<Object> scenarios = new ArrayList<>();
    try (Target target = Target.loopbackForConcurrency(CannedApi.standard(), 64);
        SdkCalls sdk = new SdkCalls(target.baseUrl(), target.http())) {
      RawCalls raw = RawCalls.withSdkTimestamps(target.baseUrl(), target.http());
      RetrofitCalls retrofit = new RetrofitCalls(target.baseUrl(), target.http());
      Check.retrofitAgrees(sdk, retrofit);
      if (!sdk.getSession().equals(raw.getSessionAsync().join())
          || !sdk.getSession().equals(sdk.getSessionAsync().join())) {
        throw new IllegalStateException("The async calls read the fixture differently");
      }
      Map<String, Supplier<Boolean>> blocking = new LinkedHashMap<>();
      blocking.put("sdk", () -> isFixture(sdk.getSession().id()));
      blocking.put("raw", () -> isFixture(raw.getSession().id()));
      blocking.put("retrofit", () -> isFixture(retrofit.getSession().id()));
      Map<String, Supplier<CompletableFuture<Boolean>>> async = new LinkedHashMap<>();
      async.put("sdk", () -> sdk.getSessionAsync().thenApply(s -> isFixture(s.id())));
      async.put("raw", () -> raw.getSessionAsync().thenApply(s -> isFixture(s.id())));
      async.put("retrofit", () -> retrofit.getSessionAsync().thenApply(s -> isFixture(s.id())));

      for (int threads : new int[] {8, 32}) {
        if (!only.contains(Integer.toString(threads))) {
          continue;
        }
        try (BlockingLoad load = new BlockingLoad(threads)) {
          Scenario scenario = new Scenario("blocking", threads + " threads, blocking", threads);
          for (int round = 0; round < warmupRounds + rounds; round++) {
            for (String client : shuffled()) {
              Sample sample = sample(target.server());
              LoadWindow window = load.run(blocking.get(client), warmup, measure);
              scenario.add(client, window, sample.until(target.server()), round >= warmupRounds);
            }
          }
          scenarios.add(scenario.figures());
        }
      }
      if (!only.contains("async")) {
        return figures(warmupRounds, rounds, measure, scenarios);
      }
      // Starting 1,000 chains takes the one starting thread up to ~100 ms on a busy 2-core
      // machine: the async windows warm up for longer, so that the bound is reached first.
      long asyncWarmup = TimeUnit.MILLISECONDS.toNanos(quick ? 200 : ASYNC_WARMUP_MILLIS);
      AsyncLoad load = new AsyncLoad(IN_FLIGHT);
      Scenario scenario = new Scenario("async", IN_FLIGHT + " calls in flight, async", IN_FLIGHT);
      for (int round = 0; round < warmupRounds + rounds; round++) {
        for (String client : shuffled()) {
          Sample sample = sample(target.server());
          LoadWindow window = load.run(async.get(client), asyncWarmup, measure);
          scenario.add(client, window, sample.until(target.server()), round >= warmupRounds);
        }
      }
      scenarios.add(scenario.figures());
    }
    return figures(warmupRounds, rounds, measure, scenarios);
  }

  private static Map<String, Object> figures(
      int warmupRounds, int rounds, long measure, List<Object> scenarios) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("operation", "GET /sessions/{id}");
    out.put("rounds", rounds);
    out.put("warmupRounds", warmupRounds);
    out.put("measureMillis", TimeUnit.NANOSECONDS.toMillis(measure));
    out.put("rawBaseline", "OkHttp + Jackson with the SDK's timestamp reader");
    out.put("scenarios", scenarios);
    return out;
  }

  private static boolean isFixture(String sessionId) {
    return Fixtures.SESSION_ID.equals(sessionId);
  }

  private List<String> shuffled() {
    List<String> clients = new ArrayList<>(CLIENTS);
    for (int i = clients.size() - 1; i > 0; i--) {
      int j = order.nextInt(i + 1);
      clients.set(i, clients.set(j, clients.get(i)));
    }
    return clients;
  }

  private Sample sample(LoopbackServer server) {
    return new Sample(server.served(), server.cpuNanos(), os.getProcessCpuTime());
  }

  /** The server's and the process's counters at the start of a window. */
  private final class Sample {
    final long served;
    final long serverCpu;
    final long processCpu;

    Sample(long served, long serverCpu, long processCpu) {
      this.served = served;
      this.serverCpu = serverCpu;
      this.processCpu = processCpu;
    }

    /** {@return {requests, server CPU ns, process CPU ns} since this sample} */
    long[] until(LoopbackServer server) {
      return new long[] {
        server.served() - served, server.cpuNanos() - serverCpu, os.getProcessCpuTime() - processCpu
      };
    }
  }

  /** The kept windows of one scenario, per client. */
  private static final class Scenario {
    private final Map<String, Object> figures = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Double>>> clients = new LinkedHashMap<>();
    private final Map<String, LatencyHistogram> allLatencies = new LinkedHashMap<>();
    private long requests;
    private long serverCpu;
    private long processCpu;
    private long failures;

    Scenario(String kind, String label, int concurrency) {
      figures.put("kind", kind);
      figures.put("label", label);
      figures.put("concurrency", concurrency);
    }

    void add(String client, LoadWindow window, long[] server, boolean kept) {
      failures += window.failures();
      if (window.failures() > 0) {
        throw new IllegalStateException(
            client + ": " + window.failures() + " calls failed or read another session");
      }
      if (!kept) {
        return;
      }
      Map<String, List<Double>> series =
          clients.computeIfAbsent(client, c -> new LinkedHashMap<>());
      series.computeIfAbsent("throughput", k -> new ArrayList<>()).add(window.throughput());
      series
          .computeIfAbsent("p50Micros", k -> new ArrayList<>())
          .add(window.latencies().percentile(0.50) / 1e3);
      series
          .computeIfAbsent("p99Micros", k -> new ArrayList<>())
          .add(window.latencies().percentile(0.99) / 1e3);
      series.computeIfAbsent("meanInFlight", k -> new ArrayList<>()).add(window.meanInFlight());
      // The whole process's CPU per request served in this client's window, warm-up included: the
      // clients' costs side by side, the server's share and the harness's being the same for all.
      double cpuPerCall = server[0] == 0 ? 0 : server[2] / 1e3 / server[0];
      series.computeIfAbsent("processCpuMicrosPerCall", k -> new ArrayList<>()).add(cpuPerCall);
      allLatencies.computeIfAbsent(client, c -> new LatencyHistogram()).add(window.latencies());
      requests += server[0];
      serverCpu += server[1];
      processCpu += server[2];
      System.out.printf(
          Locale.ROOT,
          "%-28s %-8s %,9.0f calls/s  p50 %,7.0f µs  p99 %,7.0f µs  in flight %,5.0f  CPU %,5.1f µs/call%n",
          figures.get("label"),
          client,
          window.throughput(),
          window.latencies().percentile(0.50) / 1e3,
          window.latencies().percentile(0.99) / 1e3,
          window.meanInFlight(),
          cpuPerCall);
    }

    Map<String, Object> figures() {
      Map<String, Object> perClient = new LinkedHashMap<>();
      clients.forEach(
          (client, series) -> {
            Map<String, Object> one = new LinkedHashMap<>(series);
            LatencyHistogram all = allLatencies.get(client);
            one.put("p50MicrosAll", all.percentile(0.50) / 1e3);
            one.put("p99MicrosAll", all.percentile(0.99) / 1e3);
            one.put("calls", all.count());
            perClient.put(client, one);
          });
      figures.put("clients", perClient);
      Map<String, Object> server = new LinkedHashMap<>();
      server.put("requests", requests);
      server.put("serverCpuMicrosPerRequest", requests == 0 ? 0 : serverCpu / 1e3 / requests);
      server.put("processCpuMicrosPerRequest", requests == 0 ? 0 : processCpu / 1e3 / requests);
      server.put("failures", failures);
      figures.put("server", server);
      return figures;
    }
  }
}
