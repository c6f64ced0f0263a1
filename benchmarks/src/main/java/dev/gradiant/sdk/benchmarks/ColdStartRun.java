package dev.gradiant.sdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start: the time from launching a JVM to its first successful call against a loopback server,
 * for the SDK, raw OkHttp + Jackson and Retrofit ({@link ColdStart}, a fresh process each), {@value
 * #RUNS} runs of each, interleaved in a new random order each round; and, in one more process per
 * variant run with {@code -Xlog:class+load}, the classes each loads, with the SDK's packages listed
 * and those of the API's other resources (a package with a {@code *Client} class other than {@code
 * sessions}) and of the live feed ({@code realtime}) marked as not needed for this first call.
 *
 * <p>Writes JSON: {@code java -cp ... ColdStartRun results/cold-start.json [--quick]}.
 */
public final class ColdStartRun {
  private static final int RUNS = 10;
  private static final List<String> VARIANTS = List.of("sdk", "raw", "retrofit");
  private static final Pattern CLASS_LOAD =
      Pattern.compile("\\[class,load\\s*\\] (\\S+) source: (.*)$");

  private ColdStartRun() {}

  /**
   * Runs the processes and writes the figures.
   *
   * @param args the output file, then {@code --quick} for the smoke test (one run each)
   * @throws Exception if a process fails or the file cannot be written
   */
  public static void main(String[] args) throws Exception {
    boolean quick = Arrays.asList(args).contains("--quick");
    int runs = quick ? 1 : RUNS;
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Map<String, List<Double>> firstCall = new LinkedHashMap<>();
    Map<String, List<Double>> wholeProcess = new LinkedHashMap<>();
    Map<String, Object> classes = new LinkedHashMap<>();
    SplittableRandom order = new SplittableRandom(5);
    try (LoopbackServer server = LoopbackServer.start(CannedApi.standard())) {
      for (int run = 0; run < runs; run++) {
        List<String> variants = new ArrayList<>(VARIANTS);
        for (int i = variants.size() - 1; i > 0; i--) {
          int j = order.nextInt(i + 1);
          variants.set(i, variants.set(j, variants.get(i)));
        }
        for (String variant : variants) {
          double[] millis = launch(variant, server.baseUrl(), null);
          firstCall.computeIfAbsent(variant, v -> new ArrayList<>()).add(millis[0]);
          wholeProcess.computeIfAbsent(variant, v -> new ArrayList<>()).add(millis[1]);
          System.out.printf(
              Locale.ROOT,
              "%-9s first call after %6.1f ms, process %6.1f ms%n",
              variant,
              millis[0],
              millis[1]);
        }
      }
      for (String variant : VARIANTS) {
        Path log = Files.createTempFile("class-load-" + variant, ".log");
        try {
          launch(variant, server.baseUrl(), log);
          classes.put(variant, classLoads(Files.readAllLines(log, StandardCharsets.UTF_8)));
        } finally {
          Files.deleteIfExists(log);
        }
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("runs", runs);
    figures.put("java", System.getProperty("java.vm.version"));
    Map<String, Object> timings = new LinkedHashMap<>();
    for (String variant : VARIANTS) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("firstCallMillis", firstCall.get(variant));
      one.put("processMillis", wholeProcess.get(variant));
      timings.put(variant, one);
    }
    figures.put("timings", timings);
    figures.put("classes", classes);
    ConcurrencyRun.write(out, figures);
  }

  /**
   * Runs one {@link ColdStart} process.
   *
   * @return {launch to first call, launch to exit}, in milliseconds
   */
  private static double[] launch(String variant, String baseUrl, Path classLog)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (classLog != null) {
      command.add("-Xlog:class+load=info:file=" + classLog);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ColdStart.class.getName());
    command.add(variant);
    command.add(baseUrl);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    long launched = System.nanoTime();
    Process process = builder.start();
    long firstCall = -1;
    StringBuilder output = new StringBuilder();
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("first-call-nanos ")) {
          firstCall = Long.parseLong(line.substring("first-call-nanos ".length()));
        } else {
          output.append(line).append('\n');
        }
      }
    }
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(variant + ": the process did not end within 60 s");
    }
    long ended = System.nanoTime();
    if (process.exitValue() != 0 || firstCall < 0) {
      throw new IllegalStateException(
          variant + ": exit " + process.exitValue() + ", no first call\n" + output);
    }
    return new double[] {(firstCall - launched) / 1e6, (ended - launched) / 1e6};
  }

  /** {@return the classes loaded: in all, by library, and the SDK's by package} */
  static Map<String, Object> classLoads(List<String> log) {
    int total = 0;
    int fromCds = 0;
    Map<String, Integer> byLibrary = new TreeMap<>();
    Map<String, Integer> sdkPackages = new TreeMap<>();
    for (String line : log) {
      Matcher m = CLASS_LOAD.matcher(line);
      if (!m.find()) {
        continue;
      }
      total++;
      String name = m.group(1);
      if (m.group(2).contains("shared objects file")) {
        fromCds++;
      }
      byLibrary.merge(library(name), 1, Integer::sum);
      if (name.startsWith("dev.gradiant.sdk.")
          && !name.startsWith("dev.gradiant.sdk.benchmarks.")) {
        int dot = name.lastIndexOf('.');
        sdkPackages.merge(name.substring(0, dot), 1, Integer::sum);
      }
    }
    List<String> notNeeded = new ArrayList<>();
    for (String pkg : sdkPackages.keySet()) {
      String[] parts = pkg.split("\\.");
      boolean otherResource =
          parts.length == 4 && !parts[3].equals("sessions") && hasClient(log, pkg);
      if (otherResource || pkg.endsWith(".realtime")) {
        notNeeded.add(pkg);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("total", total);
    out.put("fromCds", fromCds);
    out.put("byLibrary", byLibrary);
    out.put("sdkPackages", sdkPackages);
    out.put("sdkPackagesNotNeeded", notNeeded);
    return out;
  }

  /** {@return whether the log shows a class of {@code pkg} named like a resource's client} */
  private static boolean hasClient(List<String> log, String pkg) {
    Pattern client = Pattern.compile("\\] " + Pattern.quote(pkg) + "\\.(Async)?\\w+Client ");
    return log.stream().anyMatch(line -> client.matcher(line).find());
  }

  private static String library(String className) {
    String[][] libraries = {
      {"dev.gradiant.sdk.benchmarks.", "benchmark"},
      {"dev.gradiant.", "SDK"},
      {"okhttp3.", "OkHttp"},
      {"okio.", "Okio"},
      {"kotlin", "Kotlin"},
      {"com.fasterxml.jackson.", "Jackson"},
      {"retrofit2.", "Retrofit"},
      {"io.github.resilience4j.", "resilience4j"},
      {"io.vavr.", "vavr"},
      {"org.slf4j.", "SLF4J"},
    };
    for (String[] library : libraries) {
      if (className.startsWith(library[0])) {
        return library[1];
      }
    }
    return "JDK and other";
  }
}
