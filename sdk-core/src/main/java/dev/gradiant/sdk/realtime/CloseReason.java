package dev.gradiant.sdk.realtime;

import java.io.Serializable;
import java.util.Objects;

/**
 * Why a connection of the live feed ended: the WebSocket close code (the server's, or {@code 1006}
 * when the connection was lost without a close frame), its kind, and whether the feed reconnects.
 * The kinds follow the contract's {@code x-close-codes} (see {@code
 * openapi/gradiant-realtime.asyncapi.yaml}).
 */
public final class CloseReason implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a close code means. */
  public enum Kind {
    /** {@code 1000} from the server: it ended the connection; no reconnect. */
    NORMAL,
    /** {@code 1001}: the server is shutting down or being redeployed; reconnect at once. */
    GOING_AWAY,
    /** {@code 1009}: a frame the client sent was larger than 64 KiB; backoff, then resume. */
    MESSAGE_TOO_BIG,
    /** {@code 1011} or {@code 4500}: the server failed; backoff, then resume. */
    SERVER_ERROR,
    /** {@code 1012}: the service is restarting; backoff, then resume. */
    SERVICE_RESTART,
    /** {@code 1013}: the server is overloaded; backoff from 5 s, then resume. */
    TRY_AGAIN_LATER,
    /** {@code 4400}: the server could not read a frame of the client (a bug); no reconnect. */
    BAD_REQUEST,
    /**
     * {@code 4401}: the token was refused or expired. Renewable credentials are renewed and the
     * feed reconnects once; otherwise, or when that is refused too, no reconnect.
     */
    UNAUTHORIZED,
    /** {@code 4403}: the account or key is suspended; no reconnect. */
    FORBIDDEN,
    /** {@code 4408}: the server heard nothing in time; backoff, then resume. */
    TIMEOUT,
    /** {@code 4413}: the client read too slowly for the server; backoff, then resume. */
    SLOW_CONSUMER,
    /** {@code 4429}: too many messages or connections; reconnect after the server's wait. */
    RATE_LIMITED,
    /**
     * {@code 1002}, {@code 1003}, {@code 1007} from the server: the client broke the protocol; no
     * reconnect. Also {@code 1002} from the client, which closes with it when the server breaks the
     * contract (a {@code seq} out of range): then backoff, and resume from the last event
     * delivered.
     */
    PROTOCOL_ERROR,
    /** {@code 1008}: the server's policy refused the connection; no reconnect. */
    POLICY_VIOLATION,
    /** The connection failed or was lost without a close frame ({@code 1006}); backoff. */
    NETWORK,
    /** Nothing arrived for 10 s after a heartbeat or the {@code auth} message; backoff. */
    DEAD_CONNECTION,
    /** A consumer's buffer was full ({@link OverflowPolicy}). */
    CLIENT_OVERFLOW,
    /** {@link RealtimeFeed#close()} (or the client's) ended the feed. */
    CLIENT_CLOSED,
    /** A code the contract does not list; backoff, then resume. */
    UNKNOWN
  }

  /** The WebSocket close code. */
  private final int code;

  /** The close frame's reason text; empty when none. */
  private final String reason;

  /** What the code means. */
  private final Kind kind;

  /** Whether the feed reconnects after it. */
  private final boolean willReconnect;

  private CloseReason(int code, String reason, Kind kind, boolean willReconnect) {
    this.code = code;
    this.reason = reason == null ? "" : reason;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.willReconnect = willReconnect;
  }

  /**
   * A close reason, as the feed reports it (and as a test of an application's listener may need
   * one).
   *
   * @param code the WebSocket close code
   * @param reason the close frame's reason text; {@code null} or empty when none
   * @param kind what the code means
   * @param willReconnect whether the feed opens a new connection after it
   * @return the close reason
   */
  public static CloseReason of(int code, String reason, Kind kind, boolean willReconnect) {
    return new CloseReason(code, reason, kind, willReconnect);
  }

  /** {@return the WebSocket close code; {@code 1006} when none was received} */
  public int code() {
    return code;
  }

  /**
   * {@return the close frame's reason text (e.g. {@code token_expired}); empty when none. Written
   * by the server: it may echo what was sent, so it is not part of {@link #toString()}}
   */
  public String reason() {
    return reason;
  }

  /** {@return what the code means} */
  public Kind kind() {
    return kind;
  }

  /** {@return whether the feed opens a new connection after this close} */
  public boolean willReconnect() {
    return willReconnect;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CloseReason that
        && code == that.code
        && reason.equals(that.reason)
        && kind == that.kind
        && willReconnect == that.willReconnect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, reason, kind, willReconnect);
  }

  /**
   * {@return the code, its kind and whether the feed reconnects; not the reason text, which comes
   * from the server and may echo what was sent (read it through {@link #reason()})}
   */
  @Override
  public String toString() {
    return "CloseReason["
        + code
        + " "
        + kind
        + (willReconnect ? ", reconnecting" : ", not reconnecting")
        + "]";
  }
}
