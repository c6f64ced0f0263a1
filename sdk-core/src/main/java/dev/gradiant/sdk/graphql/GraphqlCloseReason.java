package dev.gradiant.sdk.graphql;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * Why a connection of GraphQL subscriptions ({@code graphql-transport-ws}) ended: the WebSocket
 * close code (the server's, or the one the SDK reports for a connection it gave up on), its kind,
 * and whether the SDK reconnects and subscribes again. The codes are the protocol's ({@code 4400},
 * {@code 4401}, {@code 4403}, {@code 4406}, {@code 4408}, {@code 4409}, {@code 4429}, {@code 4499},
 * {@code 4500}, {@code 4504}) and RFC 6455's; see {@code openapi/gradiant-realtime.asyncapi.yaml},
 * channel {@code graphql}.
 */
public final class GraphqlCloseReason implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** What a close code means. */
  public enum Kind {
    /** {@code 1000} from the server: it ended the connection; no reconnect. */
    NORMAL,
    /** {@code 1001}: the server is going away (a redeploy); reconnect at once. */
    GOING_AWAY,
    /** {@code 1011} or {@code 4500}: the server failed; backoff, then subscribe again. */
    SERVER_ERROR,
    /** {@code 1012}: the service is restarting; backoff, then subscribe again. */
    SERVICE_RESTART,
    /** {@code 1013}: the server is overloaded; backoff from 5 s, then subscribe again. */
    TRY_AGAIN_LATER,
    /** {@code 1009}: a message was larger than the server reads; backoff. */
    MESSAGE_TOO_BIG,
    /**
     * {@code 4400}: a message broke the protocol (the server could not read one of the client's, or
     * the SDK could not read one of the server's); no reconnect.
     */
    BAD_REQUEST,
    /**
     * {@code 4401}: the token was refused or expired. Renewable credentials are renewed and the SDK
     * reconnects once; otherwise, or when that is refused too, no reconnect.
     */
    UNAUTHORIZED,
    /** {@code 4403}: the server refused the connection (a suspended account); no reconnect. */
    FORBIDDEN,
    /** {@code 4406}: the server does not speak {@code graphql-transport-ws}; no reconnect. */
    SUBPROTOCOL_NOT_ACCEPTABLE,
    /** {@code 4408}: the server received no {@code connection_init} in time; backoff. */
    INIT_TIMEOUT,
    /** {@code 4409}: a subscription id was already in use (a client bug); no reconnect. */
    SUBSCRIBER_ALREADY_EXISTS,
    /** {@code 4429}: more than one {@code connection_init} (a client bug); no reconnect. */
    TOO_MANY_INIT_REQUESTS,
    /** {@code 4499}: the connection was terminated; backoff. */
    TERMINATED,
    /**
     * {@code 4504}, sent by the SDK: the server did not answer {@code connection_init} with {@code
     * connection_ack} within 10 s; backoff.
     */
    ACK_TIMEOUT,
    /**
     * {@code 1002}, {@code 1003}, {@code 1007}: the WebSocket protocol was broken; no reconnect.
     */
    PROTOCOL_ERROR,
    /** {@code 1008}: the server's policy refused the connection; no reconnect. */
    POLICY_VIOLATION,
    /** The connection failed or was lost without a close frame ({@code 1006}); backoff. */
    NETWORK,
    /** Nothing arrived for 10 s after a {@code ping} of the SDK ({@code 1006}); backoff. */
    DEAD_CONNECTION,
    /** A consumer's buffer was full ({@link dev.gradiant.sdk.realtime.OverflowPolicy}). */
    CLIENT_OVERFLOW,
    /** The client was closed. */
    CLIENT_CLOSED,
    /** A code neither the protocol nor RFC 6455 lists; backoff. */
    UNKNOWN
  }

  /** The WebSocket close code. */
  private final int code;

  /** The close frame's reason text; empty when none. */
  private final String reason;

  /** What the code means. */
  private final Kind kind;

  /** Whether the SDK reconnects after it. */
  private final boolean willReconnect;

  GraphqlCloseReason(int code, String reason, Kind kind, boolean willReconnect) {
    this.code = code;
    this.reason = reason == null ? "" : reason;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.willReconnect = willReconnect;
  }

  /** {@return the WebSocket close code; {@code 1006} when none was received} */
  public int code() {
    return code;
  }

  /** {@return the close frame's reason text; empty when none} */
  public String reason() {
    return reason;
  }

  /** {@return what the code means} */
  public Kind kind() {
    return kind;
  }

  /** {@return whether the SDK opens a new connection and subscribes again after this close} */
  public boolean willReconnect() {
    return willReconnect;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GraphqlCloseReason that
        && code == that.code
        && reason.equals(that.reason)
        && kind == that.kind
        && willReconnect == that.willReconnect;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, reason, kind, willReconnect);
  }

  @Override
  public String toString() {
    return "GraphqlCloseReason["
        + code
        + " "
        + kind
        + (reason.isEmpty() ? "" : " " + reason)
        + (willReconnect ? ", reconnecting" : ", not reconnecting")
        + "]";
  }
}
