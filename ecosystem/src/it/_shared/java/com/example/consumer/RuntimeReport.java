package com.example.consumer;

import dev.gradiant.sdk.GradiantClient;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;

/**
 * Prints the Java runtime and the jar each of the SDK's runtime dependencies was loaded from, so
 * the build log shows what the consumer's dependency management really resolved.
 */
final class RuntimeReport {
  private static final List<String> PROBES =
      List.of(
          "okhttp3.OkHttpClient",
          "okio.Buffer",
          "kotlin.Unit",
          "com.fasterxml.jackson.databind.ObjectMapper",
          "com.fasterxml.jackson.core.JsonFactory",
          "com.fasterxml.jackson.annotation.JsonProperty",
          "com.fasterxml.jackson.datatype.jsr310.JavaTimeModule",
          "io.github.resilience4j.retry.Retry",
          "org.slf4j.Logger");

  private RuntimeReport() {}

  static void print(PrintStream out) {
    out.println(
        "runtime: java " + Runtime.version() + " (" + System.getProperty("java.home") + ")");
    ClassLoader loader = GradiantClient.class.getClassLoader();
    for (String probe : PROBES) {
      out.println("runtime: " + probe + " from " + jarOf(probe, loader));
    }
  }

  private static String jarOf(String className, ClassLoader loader) {
    try {
      CodeSource source =
          Class.forName(className, false, loader).getProtectionDomain().getCodeSource();
      return source == null
          ? "(no code source)"
          : Path.of(source.getLocation().toURI()).getFileName().toString();
    } catch (ClassNotFoundException | LinkageError e) {
      return "(not loadable: " + e + ")";
    } catch (URISyntaxException e) {
      return "(unreadable location: " + e.getMessage() + ")";
    }
  }
}
