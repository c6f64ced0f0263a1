package dev.gradiant.sdk.internal.realtime;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The contract's reconnect waits: exponential from 0.5 s (from 5 s after {@code 1013}), doubling,
 * capped at 30 s, full jitter (a uniformly random wait up to the bound), counted from the last
 * connection that stayed authenticated for 30 s. After {@code 1001} the first wait is at most 1 s.
 */
final class ReconnectDelays {
  static final Duration BASE = Duration.ofMillis(500);
  static final Duration OVERLOADED_BASE = Duration.ofSeconds(5);
  static final Duration CAP = Duration.ofSeconds(30);
  static final Duration AT_ONCE = Duration.ofSeconds(1);
  static final Duration STABLE = Duration.ofSeconds(30);

  private final DoubleSupplier jitter;
  private int attempts;

  ReconnectDelays(DoubleSupplier jitter) {
    this.jitter = jitter;
  }

  /** A connection stayed up long enough: the next wait starts from the bottom again. */
  void reset() {
    attempts = 0;
  }

  Duration next(Duration base) {
    int doublings = Math.min(attempts, 20);
    attempts++;
    long ceiling = Math.min(CAP.toMillis(), base.toMillis() << doublings);
    return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
  }

  Duration atOnce() {
    if (attempts > 0) {
      return next(BASE);
    }
    attempts++;
    return Duration.ofMillis((long) (jitter.getAsDouble() * AT_ONCE.toMillis()));
  }
}
