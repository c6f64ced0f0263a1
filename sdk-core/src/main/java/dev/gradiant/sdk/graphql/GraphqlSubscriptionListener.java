package dev.gradiant.sdk.graphql;

import dev.gradiant.sdk.errors.GradiantException;

/**
 * Receives a GraphQL subscription's events, for blocking code. Every listener of a client is called
 * on one thread of that client ({@code gradiant-graphql-events}), never on the socket's reader
 * thread, one call at a time, in the order the server sent. A listener may take its time: what
 * arrives meanwhile waits in its buffer (see {@link GraphqlClient#subscribe(GraphqlRequest, Class,
 * GraphqlSubscriptionListener)} for a full one). What it throws is logged (its class only) and does
 * not end the subscription.
 *
 * @param <T> the type {@code data} is read as
 */
public interface GraphqlSubscriptionListener<T> {

  /**
   * A result of the subscription, or the notice that updates may have been missed ({@link
   * GraphqlEvent#missedUpdates()}).
   *
   * @param event the event
   */
  void onEvent(GraphqlEvent<T> event);

  /**
   * The subscription ended without an error: the server sent {@code complete}, or the client was
   * closed. Not called after {@link GraphqlSubscription#close()}. By default, nothing is done.
   */
  default void onComplete() {}

  /**
   * The subscription ended with an error: a {@link GraphqlException} when the server refused or
   * failed it ({@code error}: a document that does not validate, a subscription the caller may not
   * make), a {@link GraphqlSubscriptionException} when the connection ended for good or the buffer
   * overflowed. Nothing is called after it. By default, nothing is done.
   *
   * @param error why
   */
  default void onError(GradiantException error) {}
}
