package dev.gradiant.sdk.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Every line logged through SLF4J during the tests, at every level (see CapturingLoggerFactory).
 */
public final class CapturedLogs {
  private static final List<String> LINES = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  static void add(String line) {
    LINES.add(line);
  }

  /** A snapshot of the lines logged so far. */
  public static List<String> lines() {
    return List.copyOf(LINES);
  }

  /** Forgets what was captured. */
  public static void clear() {
    LINES.clear();
  }
}
