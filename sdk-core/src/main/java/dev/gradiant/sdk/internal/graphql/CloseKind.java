package dev.gradiant.sdk.internal.graphql;

/**
 * What a close of the subscriptions' connection means, as the engine reads it; the public {@code
 * GraphqlCloseReason.Kind} has a constant of each name, where each is documented.
 */
public enum CloseKind {
  /** {@code 1000} from the server. */
  NORMAL,
  /** {@code 1001}. */
  GOING_AWAY,
  /** {@code 1011}, {@code 4500}. */
  SERVER_ERROR,
  /** {@code 1012}. */
  SERVICE_RESTART,
  /** {@code 1013}. */
  TRY_AGAIN_LATER,
  /** {@code 1009}. */
  MESSAGE_TOO_BIG,
  /** {@code 4400}. */
  BAD_REQUEST,
  /** {@code 4401}. */
  UNAUTHORIZED,
  /** {@code 4403}. */
  FORBIDDEN,
  /** {@code 4406}. */
  SUBPROTOCOL_NOT_ACCEPTABLE,
  /** {@code 4408}. */
  INIT_TIMEOUT,
  /** {@code 4409}. */
  SUBSCRIBER_ALREADY_EXISTS,
  /** {@code 4429}. */
  TOO_MANY_INIT_REQUESTS,
  /** {@code 4499}. */
  TERMINATED,
  /** {@code 4504}, sent by the client. */
  ACK_TIMEOUT,
  /** {@code 1002}, {@code 1003}, {@code 1007}. */
  PROTOCOL_ERROR,
  /** {@code 1008}. */
  POLICY_VIOLATION,
  /** {@code 1006}: lost without a close frame. */
  NETWORK,
  /** Silent after a {@code ping}. */
  DEAD_CONNECTION,
  /** A consumer's buffer was full. */
  CLIENT_OVERFLOW,
  /** The client was closed. */
  CLIENT_CLOSED,
  /** Any other code. */
  UNKNOWN
}
