package dev.gradiant.sdk.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Reads a JFR recording of {@code jdk.JavaMonitorEnter} and {@code jdk.ThreadPark} events and sorts
 * them: a monitor enter is always a contended {@code synchronized}; a park is a contended lock when
 * the thread parked inside {@code AbstractQueuedSynchronizer.acquire} (a {@code ReentrantLock}, a
 * read-write lock, a semaphore...), and otherwise a wait (for work, for a condition, for a
 * response), which is counted but not listed.
 */
final class LockEvents {
  /** The SDK's locks on a call's path, by the class whose code takes them. */
  static final Map<String, String> SDK_LOCKS =
      Map.of(
          "dev.gradiant.sdk.internal.http.DeadlineWatch", "deadline watch",
          "dev.gradiant.sdk.internal.resilience.RateLimitBudget", "rate-limit budget",
          "dev.gradiant.sdk.credentials.RefreshingTokenCredentials", "token holder",
          "dev.gradiant.sdk.internal.http.IdempotencyKeys", "idempotency keys");

  private static final int TOP = 10;

  private LockEvents() {}

  /**
   * {@return the summary: contended events and their total time, the {@value #TOP} sites with the
   * most time, the time per owner (SDK, OkHttp, ...), each SDK lock of {@link #SDK_LOCKS}, and the
   * waits}
   */
  static Map<String, Object> summarise(Path jfr) throws IOException {
    Map<String, Site> sites = new HashMap<>();
    Map<String, long[]> owners = new LinkedHashMap<>();
    Map<String, long[]> sdkLocks = new LinkedHashMap<>();
    SDK_LOCKS.values().forEach(name -> sdkLocks.put(name, new long[2]));
    long[] contended = new long[2];
    long[] waits = new long[2];
    try (RecordingFile file = new RecordingFile(jfr)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        String type = event.getEventType().getName();
        RecordedStackTrace stack = event.getStackTrace();
        List<RecordedFrame> frames = stack == null ? List.of() : stack.getFrames();
        long nanos = event.getDuration().toNanos();
        String lockClass;
        int site;
        if (type.equals("jdk.JavaMonitorEnter")) {
          lockClass = name(event.getClass("monitorClass"));
          site = 0;
        } else if (type.equals("jdk.ThreadPark")) {
          site = acquiringFrame(frames);
          if (site < 0) {
            add(waits, nanos);
            continue;
          }
          lockClass = name(event.getClass("parkedClass"));
        } else {
          continue;
        }
        add(contended, nanos);
        String where = frames.isEmpty() ? "(no stack)" : describe(frames.get(site));
        String via = callerOutsideJdk(frames, site);
        String owner = owner(via == null ? where : via);
        sites
            .computeIfAbsent(where + " | " + via, k -> new Site(where, via, owner, lockClass, type))
            .add(nanos);
        add(owners.computeIfAbsent(owner, k -> new long[2]), nanos);
        for (RecordedFrame frame : frames) {
          String sdkLock = SDK_LOCKS.get(frame.getMethod().getType().getName());
          if (sdkLock != null) {
            add(sdkLocks.get(sdkLock), nanos);
            break;
          }
        }
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("contended", counts(contended));
    Map<String, Object> byOwner = new LinkedHashMap<>();
    owners.forEach((owner, c) -> byOwner.put(owner, counts(c)));
    out.put("byOwner", byOwner);
    Map<String, Object> bySdkLock = new LinkedHashMap<>();
    sdkLocks.forEach((lock, c) -> bySdkLock.put(lock, counts(c)));
    out.put("sdkLocks", bySdkLock);
    List<Site> top = new ArrayList<>(sites.values());
    top.sort(Comparator.comparingLong((Site s) -> s.nanos).reversed());
    List<Object> topSites = new ArrayList<>();
    for (Site s : top.subList(0, Math.min(TOP, top.size()))) {
      topSites.add(s.figures());
    }
    out.put("topSites", topSites);
    out.put("waits", counts(waits));
    return out;
  }

  /**
   * {@return the index of the first frame past the lock's own code when the thread parked to
   * acquire a lock, or -1 for any other park}
   */
  private static int acquiringFrame(List<RecordedFrame> frames) {
    boolean acquiring = false;
    for (int i = 0; i < frames.size(); i++) {
      String type = frames.get(i).getMethod().getType().getName();
      String method = frames.get(i).getMethod().getName();
      if (type.startsWith("java.util.concurrent.locks.") || type.startsWith("jdk.internal.misc.")) {
        if (type.endsWith("$ConditionObject")) {
          return -1; // waiting on a condition (or re-acquiring after one): a wait
        }
        acquiring |=
            type.equals("java.util.concurrent.locks.AbstractQueuedSynchronizer")
                && method.startsWith("acquire");
        continue;
      }
      return acquiring ? i : -1;
    }
    return -1;
  }

  /** {@return the first frame at or after {@code from} outside the JDK, or null if none} */
  private static String callerOutsideJdk(List<RecordedFrame> frames, int from) {
    for (int i = from; i < frames.size(); i++) {
      String type = frames.get(i).getMethod().getType().getName();
      if (!type.startsWith("java.") && !type.startsWith("jdk.") && !type.startsWith("sun.")) {
        return describe(frames.get(i));
      }
    }
    return null;
  }

  /** {@return whose code a frame is} */
  static String owner(String frame) {
    if (frame.startsWith("dev.gradiant.sdk.benchmarks.")) {
      return "benchmark harness";
    }
    if (frame.startsWith("dev.gradiant.sdk.")) {
      return "SDK";
    }
    if (frame.startsWith("okhttp3.") || frame.startsWith("okio.")) {
      return "OkHttp";
    }
    if (frame.startsWith("retrofit2.")) {
      return "Retrofit";
    }
    if (frame.startsWith("com.fasterxml.jackson.")) {
      return "Jackson";
    }
    return "JDK";
  }

  private static String describe(RecordedFrame frame) {
    return frame.getMethod().getType().getName()
        + "."
        + frame.getMethod().getName()
        + ":"
        + frame.getLineNumber();
  }

  private static String name(RecordedClass type) {
    return type == null ? null : type.getName();
  }

  private static void add(long[] counts, long nanos) {
    counts[0]++;
    counts[1] += nanos;
  }

  private static Map<String, Object> counts(long[] c) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("events", c[0]);
    out.put("totalMicros", c[1] / 1_000);
    return out;
  }

  /** One place where a lock was found held. */
  private static final class Site {
    final String where;
    final String via;
    final String owner;
    final String lockClass;
    final String event;
    long events;
    long nanos;
    long maxNanos;

    Site(String where, String via, String owner, String lockClass, String event) {
      this.where = where;
      this.via = via;
      this.owner = owner;
      this.lockClass = lockClass;
      this.event = event;
    }

    void add(long duration) {
      events++;
      nanos += duration;
      maxNanos = Math.max(maxNanos, duration);
    }

    Map<String, Object> figures() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("site", where);
      out.put("via", via);
      out.put("owner", owner);
      out.put("lock", lockClass);
      out.put("event", event);
      out.put("events", events);
      out.put("totalMicros", nanos / 1_000);
      out.put("maxMicros", maxNanos / 1_000);
      return out;
    }
  }
}
