package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import dev.gradiant.sdk.core.GenericType;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.graphql.GraphqlClientFactory;
import dev.gradiant.sdk.internal.graphql.SubscriptionEngine;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * {@link GraphqlClient} without blocking: the same calls, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same exception. The
 * retry rules of {@link GraphqlClient} apply. Cancelling a returned future cancels the request in
 * flight and any retry to come.
 *
 * <p>Subscriptions ({@link #subscribe(GraphqlRequest, Class, GraphqlSubscriptionListener)}, {@link
 * #publisher(GraphqlRequest, Class)}) never block, so they are those of {@link GraphqlClient},
 * returned as they are: the same connection, the same delivery thread, the same rules.
 */
public final class AsyncGraphqlClient {
  private static final JavaType TREE = Json.mapper().constructType(Map.class);

  private final RequestExecutor executor;
  private final SubscriptionEngine engine;
  private final GraphqlClient blocking;

  static {
    GraphqlClientFactory.register(AsyncGraphqlClient.class, AsyncGraphqlClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link GraphqlClientFactory}.
   *
   * @param executor the client's request executor
   * @param engine the client's subscription engine
   */
  AsyncGraphqlClient(RequestExecutor executor, SubscriptionEngine engine) {
    this.executor = executor;
    this.engine = engine;
    this.blocking = new GraphqlClient(executor, engine);
  }

  /**
   * A view of this sub-client whose calls use {@code options}; see {@link
   * GraphqlClient#withOptions}.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncGraphqlClient withOptions(RequestOptions options) {
    return new AsyncGraphqlClient(executor.withOptions(options), engine);
  }

  /**
   * {@link GraphqlClient#execute(GraphqlRequest)} without blocking.
   *
   * @param request the document, operation and variables
   * @return a future of the data as a tree, the errors and the response metadata
   */
  @SuppressWarnings("unchecked")
  public CompletableFuture<GraphqlResult<Map<String, Object>>> execute(GraphqlRequest request) {
    // the same future, not a dependent one: cancelling it must cancel the call
    return (CompletableFuture<GraphqlResult<Map<String, Object>>>)
        (CompletableFuture<?>) send(request, TREE);
  }

  /**
   * {@link GraphqlClient#execute(GraphqlRequest, Class)} without blocking.
   *
   * @param request the document, operation and variables
   * @param dataType the type of {@code data}
   * @param <T> that type
   * @return a future of the data, the errors and the response metadata
   */
  public <T> CompletableFuture<GraphqlResult<T>> execute(
      GraphqlRequest request, Class<T> dataType) {
    Objects.requireNonNull(dataType, "dataType must not be null");
    return send(request, Json.mapper().constructType(dataType));
  }

  /**
   * {@link GraphqlClient#execute(GraphqlRequest, GenericType)} without blocking.
   *
   * @param request the document, operation and variables
   * @param dataType the type of {@code data}
   * @param <T> that type
   * @return a future of the data, the errors and the response metadata
   */
  public <T> CompletableFuture<GraphqlResult<T>> execute(
      GraphqlRequest request, GenericType<T> dataType) {
    Objects.requireNonNull(dataType, "dataType must not be null");
    return send(request, Json.mapper().constructType(dataType.type()));
  }

  /**
   * {@link GraphqlClient#subscribe(GraphqlRequest, Class, GraphqlSubscriptionListener)}, which does
   * not block: the connection opens in the background and the events go to {@code listener}.
   *
   * @param request a subscription: its document, operation and variables
   * @param dataType the type each result's {@code data} is read as
   * @param listener receives the events, then the end
   * @param <T> that type
   * @return the running subscription; {@link GraphqlSubscription#close()} stops it
   * @throws IllegalArgumentException if the request is not a subscription
   * @throws IllegalStateException if the client was built without credentials, or is closed
   */
  public <T> GraphqlSubscription subscribe(
      GraphqlRequest request, Class<T> dataType, GraphqlSubscriptionListener<T> listener) {
    return blocking.subscribe(request, dataType, listener);
  }

  /**
   * {@link GraphqlClient#subscribe(GraphqlRequest, GenericType, GraphqlSubscriptionListener)},
   * which does not block.
   *
   * @param request a subscription: its document, operation and variables
   * @param dataType the type each result's {@code data} is read as
   * @param listener receives the events, then the end
   * @param <T> that type
   * @return the running subscription; {@link GraphqlSubscription#close()} stops it
   * @throws IllegalArgumentException if the request is not a subscription
   * @throws IllegalStateException if the client was built without credentials, or is closed
   */
  public <T> GraphqlSubscription subscribe(
      GraphqlRequest request, GenericType<T> dataType, GraphqlSubscriptionListener<T> listener) {
    return blocking.subscribe(request, dataType, listener);
  }

  /**
   * {@link GraphqlClient#publisher(GraphqlRequest, Class)}: a {@link Flow.Publisher} of the
   * subscription's events, with back-pressure.
   *
   * @param request a subscription: its document, operation and variables
   * @param dataType the type each result's {@code data} is read as
   * @param <T> that type
   * @return the publisher; nothing is sent until a subscriber subscribes
   * @throws IllegalArgumentException if the request is not a subscription
   * @throws IllegalStateException if the client was built without credentials
   */
  public <T> Flow.Publisher<GraphqlEvent<T>> publisher(GraphqlRequest request, Class<T> dataType) {
    return blocking.publisher(request, dataType);
  }

  /**
   * {@link GraphqlClient#publisher(GraphqlRequest, GenericType)}.
   *
   * @param request a subscription: its document, operation and variables
   * @param dataType the type each result's {@code data} is read as
   * @param <T> that type
   * @return the publisher; nothing is sent until a subscriber subscribes
   * @throws IllegalArgumentException if the request is not a subscription
   * @throws IllegalStateException if the client was built without credentials
   */
  public <T> Flow.Publisher<GraphqlEvent<T>> publisher(
      GraphqlRequest request, GenericType<T> dataType) {
    return blocking.publisher(request, dataType);
  }

  private <T> CompletableFuture<GraphqlResult<T>> send(GraphqlRequest request, JavaType dataType) {
    return executor.executeReadingAsync(
        GraphqlRequests.of(request), new GraphqlResponseReader<T>(dataType));
  }
}
