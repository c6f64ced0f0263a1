package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.internal.graphql.SubscriptionEngine;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * {@link GraphqlClient#publisher(GraphqlRequest, Class)}: a cold publisher, each subscriber its own
 * GraphQL subscription (its own {@code subscribe} and id, on the client's one connection), started
 * when it subscribes and stopped ({@code complete}) when it cancels.
 *
 * @param <T> the type {@code data} is read as
 */
final class SubscriptionPublisher<T> implements Flow.Publisher<GraphqlEvent<T>> {
  private final SubscriptionEngine engine;
  private final ObjectNode request;
  private final JavaType dataType;

  SubscriptionPublisher(SubscriptionEngine engine, ObjectNode request, JavaType dataType) {
    this.engine = engine;
    this.request = request;
    this.dataType = dataType;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super GraphqlEvent<T>> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    ActiveSubscription.start(engine, request, dataType, subscriber);
  }
}
