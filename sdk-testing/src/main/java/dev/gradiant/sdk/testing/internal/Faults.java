package dev.gradiant.sdk.testing.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Misbehaviour queued by tests: fail the next requests, drop them before or after carrying them out
 * (in the order queued), and delay the next responses.
 */
public final class Faults {
  /** What a queued failure does to its request. */
  public enum Kind {
    /** Answer with an error status instead of carrying the request out. */
    ANSWER_ERROR,
    /** Close the connection without carrying the request out or answering. */
    DROP_REQUEST,
    /** Carry the request out (state changes), then close the connection instead of answering. */
    DROP_RESPONSE
  }

  /**
   * One queued failure.
   *
   * @param kind what it does
   * @param status the status to answer for {@link Kind#ANSWER_ERROR}, else 0
   * @param retryAfter the {@code Retry-After} to send, or null
   */
  public record Failure(Kind kind, int status, Duration retryAfter) {
    /** {@return whether the connection is dropped before the request is carried out} */
    public boolean drop() {
      return kind == Kind.DROP_REQUEST;
    }

    /** {@return whether the request is carried out and its answer then dropped} */
    public boolean dropResponse() {
      return kind == Kind.DROP_RESPONSE;
    }
  }

  private final Deque<Failure> failures = new ArrayDeque<>();
  private final Deque<Duration> delays = new ArrayDeque<>();

  /** Queues {@code times} failures with {@code status} (0 drops the connection). */
  public synchronized void fail(int times, int status, Duration retryAfter) {
    Failure failure =
        status == 0
            ? new Failure(Kind.DROP_REQUEST, 0, null)
            : new Failure(Kind.ANSWER_ERROR, status, retryAfter);
    for (int i = 0; i < times; i++) {
      failures.add(failure);
    }
  }

  /** Queues {@code times} requests that are carried out and then get no answer. */
  public synchronized void dropResponses(int times) {
    for (int i = 0; i < times; i++) {
      failures.add(new Failure(Kind.DROP_RESPONSE, 0, null));
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
