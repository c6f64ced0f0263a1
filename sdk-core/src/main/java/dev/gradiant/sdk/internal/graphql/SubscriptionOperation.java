package dev.gradiant.sdk.internal.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One GraphQL subscription as the {@link SubscriptionEngine} sees it: the request to send, where to
 * resume from, and what to do with what the server answers. The engine calls these methods under
 * its lock, on whichever thread it runs (the socket's reader, a timer's, the application's); none
 * of them may block or call the application.
 */
public interface SubscriptionOperation {
  /** {@return the GraphQL request: {@code query}, {@code operationName}, {@code variables}} */
  ObjectNode request();

  /**
   * {@return the {@code seq} of the last result handed to the consumer, sent as {@code
   * extensions.realtime.resumeFrom} when the engine subscribes again; {@code null} when none is
   * known}
   */
  Long resumeFrom();

  /**
   * A {@code next} message.
   *
   * @param payload its payload, a GraphQL execution result
   */
  void next(JsonNode payload);

  /**
   * An {@code error} message: the operation is over.
   *
   * @param errors its payload, the GraphQL errors
   */
  void failed(JsonNode errors);

  /** A {@code complete} message: the server ended the operation. */
  void completed();

  /**
   * The engine subscribed again, after a reconnect or a pause.
   *
   * @param resumed whether it sent {@code resumeFrom} (else results may have been missed)
   * @param code the close code of the connection that ended, or {@code 0} after a pause
   * @param reason that close's reason text
   * @param kind what the close meant ({@link CloseKind#CLIENT_OVERFLOW} after a pause)
   */
  void resubscribed(boolean resumed, int code, String reason, CloseKind kind);

  /**
   * The operation ends without an answer of the server: the connection ended for good, or the
   * client was closed ({@link CloseKind#CLIENT_CLOSED}).
   *
   * @param code the close code
   * @param reason its reason text
   * @param kind what it meant
   */
  void ended(int code, String reason, CloseKind kind);
}
