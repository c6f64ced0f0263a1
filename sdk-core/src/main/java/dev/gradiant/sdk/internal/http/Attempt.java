package dev.gradiant.sdk.internal.http;

import java.time.Instant;

/**
 * Where one HTTP exchange stands in its logical call.
 *
 * @param number 1 for the first attempt, 2 for the first retry, ...
 * @param deadline when the whole logical call must have ended, or {@code null} for no deadline
 */
public record Attempt(int number, Instant deadline) {
  /** The first attempt of a call with no deadline. */
  public static final Attempt FIRST = new Attempt(1, null);
}
