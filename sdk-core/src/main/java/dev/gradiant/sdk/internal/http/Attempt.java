package dev.gradiant.sdk.internal.http;

import java.time.Instant;

/**
 * Where one HTTP exchange stands in its logical call.
 *
 * @param number 1 for the first attempt, 2 for the first retry, ...
 * @param deadline when the whole logical call must have ended, or {@code null} for no deadline
 * @param mayRenewCredentials whether a {@code 401} to this attempt may renew the credentials: true
 *     until one attempt of the call has renewed them, so that a call renews at most once
 * @param transmission whether this attempt's request may have reached the server
 */
public record Attempt(
    int number, Instant deadline, boolean mayRenewCredentials, Transmission transmission) {
  /**
   * The first attempt of a call whose deadline is not fixed yet: the retry loop fixes it when the
   * request reaches it, and sends a numbered copy. A request made with {@link #first} instead goes
   * out as it is on its first attempt.
   */
  public static final Attempt FIRST = new Attempt(1, null, true, Transmission.untracked());

  /**
   * The first attempt of a call whose deadline was fixed when its request was made, so that the
   * retry loop sends that request as it is, without a copy.
   *
   * @param deadline when the whole logical call must have ended, or {@code null} for none
   * @return a tracked first attempt
   */
  public static Attempt first(Instant deadline) {
    return new Attempt(1, deadline, true);
  }

  /** {@return whether this is the first attempt of a call, its deadline already fixed} */
  public boolean isFixedFirst() {
    return number == 1 && this != FIRST;
  }

  /**
   * An attempt that may renew the credentials.
   *
   * @param number 1 for the first attempt, 2 for the first retry, ...
   * @param deadline when the whole logical call must have ended, or {@code null} for none
   */
  public Attempt(int number, Instant deadline) {
    this(number, deadline, true);
  }

  /**
   * An attempt whose transmission is tracked.
   *
   * @param number 1 for the first attempt, 2 for the first retry, ...
   * @param deadline when the whole logical call must have ended, or {@code null} for none
   * @param mayRenewCredentials whether a {@code 401} to this attempt may renew the credentials
   */
  public Attempt(int number, Instant deadline, boolean mayRenewCredentials) {
    this(number, deadline, mayRenewCredentials, Transmission.tracked());
  }
}
