package dev.gradiant.sdk.internal.http;

/**
 * Whether one attempt's request may have reached the server. It is marked when OkHttp, a connection
 * in hand, is about to write the request on it ({@link TransmissionMarker}); an attempt that failed
 * before that point (the connection was refused, the host unknown or unreachable, the TLS handshake
 * failed, the time ran out while the call was queued or connecting) cannot have taken effect.
 * Created by the retry loop for each attempt, which reads it when the attempt ends without an
 * answer.
 */
public final class Transmission {
  private static final Transmission UNTRACKED = new Transmission(false);

  private final boolean tracked;
  private volatile boolean started;

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

  /** {@return whether the request began to be written, and so may have reached the server} */
  public boolean started() {
    return started;
  }
}
