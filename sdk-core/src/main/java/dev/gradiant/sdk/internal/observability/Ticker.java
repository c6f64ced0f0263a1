package dev.gradiant.sdk.internal.observability;

import java.time.Clock;
import java.time.Instant;

/**
 * The time source of the observers' durations: {@link System#nanoTime()} under the system clock,
 * the client's clock otherwise (tests' fake time, so that durations are exact).
 */
@FunctionalInterface
interface Ticker {
  Ticker SYSTEM = System::nanoTime;

  /** {@return a reading in nanoseconds, meaningful only as a difference to another} */
  long nanos();

  /** {@return {@link #SYSTEM} for a system clock, else a ticker reading {@code clock}} */
  static Ticker of(Clock clock) {
    if (clock.getClass() == Clock.systemUTC().getClass()) {
      return SYSTEM;
    }
    return () -> {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    };
  }
}
