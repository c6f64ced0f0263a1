package dev.gradiant.sdk.internal.realtime;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The contract's reconnect waits: exponential from 0.5 s (from 5 s after {@code 1013}), doubling,
 * capped at 30 s, full jitter (a uniformly random wait up to the bound), counted from the last
 * connection that stayed authenticated for 30 s. After {@code 1001} the first wait is at most 1 s.
 */
public final class ReconnectDelays {
  /** The first bound of the exponential wait. */
  public static final Duration BASE = Duration.ofMillis(500);

  /** The first bound after the server said it is overloaded ({@code 1013}). */
  public static final Duration OVERLOADED_BASE = Duration.ofSeconds(5);

  /** The largest bound. */
  public static final Duration CAP = Duration.ofSeconds(30);

  /** The bound of the first wait after the server went away ({@code 1001}). */
  public static final Duration AT_ONCE = Duration.ofSeconds(1);

  /** How long a connection must stay authenticated for the waits to start again from the bottom. */
  public static final Duration STABLE = Duration.ofSeconds(30);

  private final DoubleSupplier jitter;
  private int attempts;

  /**
   * @param jitter uniform numbers in [0, 1): the fraction of each bound to wait
   */
  public ReconnectDelays(DoubleSupplier jitter) {
    this.jitter = jitter;
  }

  /** A connection stayed up long enough: the next wait starts from the bottom again. */
  public void reset() {
    attempts = 0;
  }

  /**
   * @param base the first bound ({@link #BASE} or {@link #OVERLOADED_BASE})
   * @return the next wait: a random fraction of {@code base} doubled once per earlier attempt,
   *     capped at {@link #CAP}
   */
  public Duration next(Duration base) {
    int doublings = Math.min(attempts, 20);
    attempts++;
    long ceiling = Math.min(CAP.toMillis(), base.toMillis() << doublings);
    return Duration.ofMillis((long) (jitter.getAsDouble() * ceiling));
  }

  /** {@return the wait after the server went away: within {@link #AT_ONCE} the first time} */
  public Duration atOnce() {
    if (attempts > 0) {
      return next(BASE);
    }
    attempts++;
    return Duration.ofMillis((long) (jitter.getAsDouble() * AT_ONCE.toMillis()));
  }
}
