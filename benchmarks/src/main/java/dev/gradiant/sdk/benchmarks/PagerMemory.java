package dev.gradiant.sdk.benchmarks;

import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.Session;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Shows that walking a list with the SDK's auto-pager retains about one page, whatever the list's
 * length. For lists of 1,000, 10,000 and 100,000 sessions, {@value #WALKERS} auto-pagers walk the
 * list in step; at ten points spread over the list (each in the middle of a page) the heap is
 * collected and the heap still in use, less the heap in use before the walks began, is divided by
 * the number of walkers. One page held on its own is measured the same way, as the yardstick.
 * Walking in step makes the signal {@value #WALKERS} times larger than the few kilobytes by which
 * the JVM's own heap use drifts between two collections.
 *
 * <p>The in-JVM transport renders each page when asked and keeps nothing, so the heap holds only
 * what the client keeps. Run it in its own JVM with the serial collector (exact heap figures after
 * a full collection): {@code java -XX:+UseSerialGC -cp ... PagerMemory results/pager-memory.json}.
 */
public final class PagerMemory {
  private static final int WALKERS = 20;
  private static final int SAMPLES = 10;
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private PagerMemory() {}

  /**
   * Measures and writes the figures as JSON.
   *
   * @param args the output file (optional; the figures are printed as well), then {@code --quick}
   *     for the smoke test: lists of 1,000 and 10,000 only
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    boolean quick = Arrays.asList(args).contains("--quick");
    int[] totals = quick ? new int[] {1_000, 10_000} : new int[] {1_000, 10_000, 100_000};
    warmUp();
    long onePage = onePageRetained();
    System.out.printf(
        Locale.ROOT, "one page of %d sessions retains %,d B%n", Fixtures.PAGE_SIZE, onePage);
    List<String> rows = new ArrayList<>();
    for (int total : totals) {
      long[] retained = walkRetained(total);
      long max = Arrays.stream(retained).max().orElseThrow();
      long mean = (long) Arrays.stream(retained).average().orElseThrow();
      System.out.printf(
          Locale.ROOT,
          "%,7d sessions: retained per walk max %,d B, mean %,d B (%.2f pages)%n",
          total,
          max,
          mean,
          (double) max / onePage);
      rows.add(
          String.format(
              Locale.ROOT,
              "{\"total\": %d, \"maxRetainedBytes\": %d, \"meanRetainedBytes\": %d,"
                  + " \"samples\": %s}",
              total,
              max,
              mean,
              Arrays.toString(retained)));
    }
    String json =
        String.format(
            Locale.ROOT,
            "{\"pageSize\": %d, \"walkers\": %d, \"onePageRetainedBytes\": %d, \"walks\": [%n"
                + "  %s%n]}%n",
            Fixtures.PAGE_SIZE,
            WALKERS,
            onePage,
            String.join(",\n  ", rows));
    if (args.length > 0 && !args[0].startsWith("--")) {
      Files.writeString(Path.of(args[0]), json, StandardCharsets.UTF_8);
    }
  }

  /** Loads and compiles the classes involved, so that no measurement includes their first use. */
  private static void warmUp() {
    try (SdkCalls sdk = sdk(2_000)) {
      for (int i = 0; i < 5; i++) {
        sdk.walkAll(session -> {});
      }
    }
  }

  private static long onePageRetained() {
    try (SdkCalls sdk = sdk(Fixtures.PAGE_SIZE * 3)) {
      sdk.listPage();
      long before = usedAfterGc();
      List<Page<Session>> pages = new ArrayList<>();
      for (int i = 0; i < WALKERS; i++) {
        pages.add(sdk.listPage());
      }
      long held = usedAfterGc() - before;
      Reference.reachabilityFence(pages);
      return held / WALKERS;
    }
  }

  private static long[] walkRetained(int total) {
    try (SdkCalls sdk = sdk(total)) {
      sdk.listPage();
      long before = usedAfterGc();
      List<Iterator<Session>> walks = new ArrayList<>();
      for (int i = 0; i < WALKERS; i++) {
        walks.add(sdk.iterateAll());
      }
      long[] retained = new long[SAMPLES];
      int seen = 0;
      for (int sample = 0; sample < SAMPLES; sample++) {
        // The middle of the first page of each tenth of the list.
        int target = sample * (total / SAMPLES) + Fixtures.PAGE_SIZE / 2;
        for (; seen < target; seen++) {
          for (Iterator<Session> walk : walks) {
            Reference.reachabilityFence(walk.next());
          }
        }
        retained[sample] = (usedAfterGc() - before) / WALKERS;
      }
      for (Iterator<Session> walk : walks) {
        int rest = 0;
        while (walk.hasNext()) {
          walk.next();
          rest++;
        }
        if (seen + rest != total) {
          throw new IllegalStateException("Walked " + (seen + rest) + " sessions of " + total);
        }
      }
      return retained;
    }
  }

  private static SdkCalls sdk(int total) {
    return new SdkCalls(
        "http://127.0.0.1/v1", InJvmTransport.client(CannedApi.renderingOnDemand(total)));
  }

  /** The heap in use after full collections, the lowest of three readings. */
  private static long usedAfterGc() {
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      lowest = Math.min(lowest, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return lowest;
  }
}
