package dev.gradiant.sdk.testing.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Misbehaviour queued by tests: fail or drop the next requests (in the order queued) and delay the
 * next responses.
 */
public final class Faults {
  /**
   * One queued failure.
   *
   * @param status the status to answer, or 0 to drop the connection
   * @param retryAfter the {@code Retry-After} to send, or null
   */
  public record Failure(int status, Duration retryAfter) {
    /** {@return whether the connection is dropped without an answer} */
    public boolean drop() {
      return status == 0;
    }
  }

  private final Deque<Failure> failures = new ArrayDeque<>();
  private final Deque<Duration> delays = new ArrayDeque<>();

  /** Queues {@code times} failures with {@code status} (0 drops the connection). */
  public synchronized void fail(int times, int status, Duration retryAfter) {
    for (int i = 0; i < times; i++) {
      failures.add(new Failure(status, retryAfter));
    }
  }

  /** Queues {@code times} delays. */
  public synchronized void delay(int times, Duration delay) {
    for (int i = 0; i < times; i++) {
      delays.add(delay);
    }
  }

  /** {@return the failure for the next request, or null} */
  public synchronized Failure nextFailure() {
    return failures.poll();
  }

  /** {@return the delay for the next request, or {@link Duration#ZERO}} */
  public synchronized Duration nextDelay() {
    Duration delay = delays.poll();
    return delay == null ? Duration.ZERO : delay;
  }

  /** Forgets everything queued. */
  public synchronized void clear() {
    failures.clear();
    delays.clear();
  }
}
