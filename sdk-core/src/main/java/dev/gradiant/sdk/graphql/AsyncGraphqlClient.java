package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import dev.gradiant.sdk.core.GenericType;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link GraphqlClient} without blocking: the same calls, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same exception. The
 * retry rules of {@link GraphqlClient} apply. Cancelling a returned future cancels the request in
 * flight and any retry to come.
 */
public final class AsyncGraphqlClient {
  private static final JavaType TREE = Json.mapper().constructType(Map.class);

  private final RequestExecutor executor;

  static {
    SubClientFactories.register(AsyncGraphqlClient.class, AsyncGraphqlClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncGraphqlClient(RequestExecutor executor) {
    this.executor = executor;
  }

  /**
   * A view of this sub-client whose calls use {@code options}; see {@link
   * GraphqlClient#withOptions}.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncGraphqlClient withOptions(RequestOptions options) {
    return new AsyncGraphqlClient(executor.withOptions(options));
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

  private <T> CompletableFuture<GraphqlResult<T>> send(GraphqlRequest request, JavaType dataType) {
    return executor.executeReadingAsync(
        GraphqlRequests.of(request), new GraphqlResponseReader<T>(dataType));
  }
}
