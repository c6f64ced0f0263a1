package dev.gradiant.sdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stoplight Prism ({@value #PACKAGE}@{@value #VERSION}) mocking the contract on 127.0.0.1, started
 * from the project's own install and stopped, with every process it started, on {@link #close()}.
 *
 * <p>Prism serves the spec's paths at the root of its address (not under the {@code /v1} of the
 * spec's server), validates every request against the spec, and answers one that breaks it with a
 * validation error: the spec's own {@code 400}/{@code 401}/{@code 422} example with the details in
 * an {@code sl-violations} header, or an {@code application/problem+json} error it makes up. It
 * runs with {@code --errors}, which in 5.14 turns a response that breaks the spec (an example that
 * does not match its schema) into a {@code 500}.
 *
 * <p>Where it is installed: the system property {@value #HOME_PROPERTY} (the {@code conformance}
 * Maven profile sets it to {@code <repo>/.prism}), else a {@code .prism} folder above the working
 * directory. Prism missing, at another version, or not answering is an {@link AssertionError} that
 * says how to install it: the suite never passes without having run.
 */
final class PrismServer implements AutoCloseable {
  static final String PACKAGE = "@stoplight/prism-cli";
  static final String VERSION = "5.14.2";
  static final String HOME_PROPERTY = "gradiant.prism.home";
  static final String LOG_PROPERTY = "gradiant.prism.logs";

  /** From the repository root: the versions of Prism and all it depends on are in the lock file. */
  static final String INSTALL = "npm ci --prefix .prism --no-audit --no-fund";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final int ATTEMPTS = 3;

  private final Process process;
  private final int port;
  private final Path log;
  private final Thread shutdownHook;

  private PrismServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
    this.shutdownHook = new Thread(this::stop, "prism-stop");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts Prism on a free port of 127.0.0.1 with {@code spec} and waits until it answers.
   *
   * @throws AssertionError if Prism is not installed, is another version, or does not come up
   */
  static PrismServer start(Path spec) {
    Path home = home();
    Path bin = home.resolve("node_modules/.bin/prism");
    Path packageJson = home.resolve("node_modules/" + PACKAGE + "/package.json");
    if (!Files.isRegularFile(packageJson) || !Files.exists(bin)) {
      throw new AssertionError(
          "Prism is not installed at "
              + home
              + ". The conformance suite needs "
              + PACKAGE
              + "@"
              + VERSION
              + " (and Node.js): from the repository root run\n    "
              + INSTALL
              + "\nthen run the suite again (mvn -pl sdk-core -Pconformance verify), or point -D"
              + HOME_PROPERTY
              + " at the folder it is installed in.");
    }
    String installed = installedVersion(packageJson);
    if (!VERSION.equals(installed)) {
      throw new AssertionError(
          "Prism "
              + installed
              + " is installed at "
              + home
              + " but the suite is pinned to "
              + VERSION
              + ": run\n    "
              + INSTALL);
    }
    Path log = logFile();
    AssertionError last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      int port = freePort();
      Process process = launch(bin, spec, port, log);
      PrismServer server = new PrismServer(process, port, log);
      try {
        server.awaitReady();
        return server;
      } catch (AssertionError notUp) {
        server.close();
        last = notUp;
      }
    }
    throw last;
  }

  /** {@return the base URL to give the SDK: the spec's paths are served from the root} */
  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: nothing left to do
    }
  }

  private void stop() {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private void awaitReady() {
    Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "Prism exited with " + process.exitValue() + " before answering:\n" + logTail());
      }
      if (answers()) {
        return;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for Prism", e);
      }
    }
    throw new AssertionError(
        "Prism did not answer on "
            + baseUrl()
            + " within "
            + STARTUP_TIMEOUT
            + " (log: "
            + log
            + "):\n"
            + logTail());
  }

  /** Whether {@code GET /health} (no credentials needed) answers 200. */
  private boolean answers() {
    try {
      HttpURLConnection connection =
          (HttpURLConnection) URI.create(baseUrl() + "/health").toURL().openConnection();
      connection.setConnectTimeout(500);
      connection.setReadTimeout(2000);
      try {
        return connection.getResponseCode() == 200;
      } finally {
        connection.disconnect();
      }
    } catch (IOException notYet) {
      return false;
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ": " + e + ")";
    }
  }

  private static Process launch(Path bin, Path spec, int port, Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(
                bin.toString(),
                "mock",
                spec.toString(),
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(port),
                "--errors")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    try {
      return builder.start();
    } catch (IOException e) {
      throw new AssertionError(
          "Could not run " + bin + " (is Node.js on the PATH?). To install Prism: " + INSTALL, e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path home() {
    String configured = System.getProperty(HOME_PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".prism"))) {
        return dir.resolve(".prism");
      }
      if (Files.isDirectory(dir.resolve(".git")) || Files.isDirectory(dir.resolve("openapi"))) {
        return dir.resolve(".prism");
      }
    }
    return Path.of(".prism").toAbsolutePath();
  }

  private static String installedVersion(Path packageJson) {
    try {
      JsonNode node = new ObjectMapper().readTree(packageJson.toFile());
      return node.path("version").asText("unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code prism.log} in the folder {@value #LOG_PROPERTY} names, else a temporary file. */
  private static Path logFile() {
    try {
      String configured = System.getProperty(LOG_PROPERTY);
      Path log =
          configured == null || configured.isBlank()
              ? Files.createTempFile("prism-", ".log")
              : Path.of(configured).resolve("prism.log");
      Files.createDirectories(log.toAbsolutePath().getParent());
      Files.deleteIfExists(log);
      Files.createFile(log);
      return log;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
