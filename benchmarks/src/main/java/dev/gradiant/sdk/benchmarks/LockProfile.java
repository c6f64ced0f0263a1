package dev.gradiant.sdk.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import jdk.jfr.Recording;

/**
 * Whether any lock shows contention when {@value #THREADS} threads share one client over loopback:
 * the SDK, raw OkHttp + Jackson and Retrofit each run the blocking {@code GET} of {@link
 * ConcurrencyRun} under a JFR recording of {@code jdk.JavaMonitorEnter} (a contended {@code
 * synchronized}) and {@code jdk.ThreadPark} (a thread parked, among others by a contended {@code
 * java.util.concurrent} lock), every event with its stack and no duration threshold. {@link
 * LockEvents} sorts them into contended locks (by where each was taken and whose code took it: the
 * SDK, OkHttp, Retrofit, Jackson, the JDK) and waits (a pool thread idle, a caller waiting for a
 * response), and names the SDK's own locks: the deadline watch, the rate-limit budget, the token
 * holder, the idempotency keys.
 *
 * <p>Writes JSON: {@code java -cp ... LockProfile results/lock-profile.json [--quick]}; the
 * recordings are kept beside it ({@code lock-profile-<client>.jfr}) for {@code jfr print}.
 */
public final class LockProfile {
  static final int THREADS = 32;

  private LockProfile() {}

  /**
   * Records and summarises.
   *
   * @param args the output file, then {@code --quick} for the smoke test (short recordings)
   * @throws Exception if a client fails or a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    Path out = Path.of(args[0]);
    long warmup = TimeUnit.MILLISECONDS.toNanos(quick ? 200 : 2_000);
    long recorded = TimeUnit.MILLISECONDS.toNanos(quick ? 300 : 3_000);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("threads", THREADS);
    figures.put("recordedMillis", TimeUnit.NANOSECONDS.toMillis(recorded));
    List<Object> clients = new ArrayList<>();
    try (Target target = Target.loopbackForConcurrency(CannedApi.standard(), 64);
        SdkCalls sdk = new SdkCalls(target.baseUrl(), target.http());
        BlockingLoad load = new BlockingLoad(THREADS)) {
      RawCalls raw = RawCalls.withSdkTimestamps(target.baseUrl(), target.http());
      RetrofitCalls retrofit = new RetrofitCalls(target.baseUrl(), target.http());
      Check.retrofitAgrees(sdk, retrofit);
      Map<String, Supplier<Boolean>> calls = new LinkedHashMap<>();
      calls.put("sdk", () -> Fixtures.SESSION_ID.equals(sdk.getSession().id()));
      calls.put("raw", () -> Fixtures.SESSION_ID.equals(raw.getSession().id()));
      calls.put("retrofit", () -> Fixtures.SESSION_ID.equals(retrofit.getSession().id()));
      for (Map.Entry<String, Supplier<Boolean>> client : calls.entrySet()) {
        load.run(client.getValue(), warmup, 0);
        Path jfr = out.resolveSibling("lock-profile-" + client.getKey() + ".jfr");
        LoadWindow window;
        try (Recording recording = new Recording()) {
          recording.enable("jdk.JavaMonitorEnter").withThreshold(Duration.ZERO).withStackTrace();
          recording.enable("jdk.ThreadPark").withThreshold(Duration.ZERO).withStackTrace();
          recording.start();
          window = load.run(client.getValue(), 0, recorded);
          recording.stop();
          recording.dump(jfr);
        }
        if (window.failures() > 0) {
          throw new IllegalStateException(client.getKey() + ": " + window.failures() + " failed");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("client", client.getKey());
        summary.put("calls", window.calls());
        summary.putAll(LockEvents.summarise(jfr));
        clients.add(summary);
        System.out.printf(
            "%-9s %,d calls; contended: %s%n",
            client.getKey(), window.calls(), summary.get("contended"));
      }
    }
    figures.put("clients", clients);
    ConcurrencyRun.write(out, figures);
  }
}
