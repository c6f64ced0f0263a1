package dev.gradiant.sdk.graphql;

/**
 * A running GraphQL subscription, from {@link GraphqlClient#subscribe(GraphqlRequest, Class,
 * GraphqlSubscriptionListener)}. {@link #close()} stops it: the SDK sends {@code complete} (once)
 * and the listener is called no more.
 */
public final class GraphqlSubscription implements AutoCloseable {
  private final ActiveSubscription<?> subscription;

  GraphqlSubscription(ActiveSubscription<?> subscription) {
    this.subscription = subscription;
  }

  /**
   * {@return whether it still runs: not closed, and not ended by the server, the connection or the
   * client}
   */
  public boolean isActive() {
    return subscription.isActive();
  }

  /**
   * Stops the subscription: {@code complete} is sent if the server runs it, results still buffered
   * are dropped, and the listener is called no more; the connection is closed when no other
   * subscription uses it. Idempotent.
   */
  @Override
  public void close() {
    subscription.cancel();
  }

  @Override
  public String toString() {
    return "GraphqlSubscription[" + (isActive() ? "active" : "ended") + "]";
  }
}
