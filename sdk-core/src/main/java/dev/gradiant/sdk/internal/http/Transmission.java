package dev.gradiant.sdk.internal.http;

import java.util.Map;

/**
 * One attempt's sending: the credentials' headers it carries, and whether its request may have
 * reached the server.
 *
 * <p>The request is marked when OkHttp, a connection in hand, is about to write it ({@link
 * TransmissionMarker}); an attempt that failed before that point (the connection was refused, the
 * host unknown or unreachable, the TLS handshake failed, the time ran out while the call was queued
 * or connecting) cannot have taken effect. Created by the retry loop for each attempt, which reads
 * it when the attempt ends without an answer.
 *
 * <p>The credentials' headers are set by the authenticating layer ({@link #carry}) on this
 * attempt's own record, so that authenticating an attempt makes no copy of its request; the shared
 * {@linkplain #untracked() untracked} record carries none.
 */
public final class Transmission {
  private static final Transmission UNTRACKED = new Transmission(false);

  private final boolean tracked;
  private volatile boolean started;
  // Set before the attempt is handed on to the layers below, which read it after: that hand-over
  // (a call on the same thread, or a task or future completion) orders the write before the reads.
  private Map<String, String> credentialHeaders;

  private Transmission(boolean tracked) {
    this.tracked = tracked;
  }

  /** {@return a new record for one attempt, not yet started} */
  public static Transmission tracked() {
    return new Transmission(true);
  }

  /** {@return the shared record of requests nobody asks about: marking it does nothing} */
  public static Transmission untracked() {
    return UNTRACKED;
  }

  /** Records that the request is about to be written on a connection. */
  void markStarted() {
    if (tracked) {
      started = true;
    }
  }

  /**
   * Makes this attempt carry the credentials' headers, replacing any it carried.
   *
   * @param headers an immutable map, never empty
   * @return false, carrying nothing, for the shared untracked record: its requests must carry the
   *     headers in a copy of their own
   */
  boolean carry(Map<String, String> headers) {
    if (!tracked) {
      return false;
    }
    credentialHeaders = headers;
    return true;
  }

  /** {@return the credentials' headers this attempt carries, or {@code null} for none yet} */
  Map<String, String> credentialHeaders() {
    return credentialHeaders;
  }

  /** {@return whether the request began to be written, and so may have reached the server} */
  public boolean started() {
    return started;
  }
}
