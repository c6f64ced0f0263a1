package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.core.GenericType;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Map;
import java.util.Objects;

/**
 * GraphQL queries and mutations: {@code POST /graphql}, through the same pipeline as every REST
 * call (credentials, rate-limit budget, retries, logging with redaction, the response size cap).
 *
 * <p><b>Retries.</b> The SDK reads the document to tell what it runs (the operation {@link
 * GraphqlRequest.Builder#operationName} names, or the only one). A <em>query</em> changes nothing,
 * so it is sent without an {@code Idempotency-Key} and retried like a GET: after a lost answer, a
 * timeout, {@code 408}, {@code 429}, {@code 500}, {@code 502}, {@code 503}, {@code 504}. A
 * <em>mutation</em> is sent with an {@code Idempotency-Key} (the one given through {@link
 * #withOptions}, else a new one per call, the same on every attempt), which makes those retries
 * safe: the server answers a repeat with the first answer. A mutation sent {@link
 * GraphqlRequest.Builder#withoutIdempotencyKey() without a key} is never sent again once it may
 * have reached the server. A document the SDK cannot read is sent as a mutation.
 *
 * <p><b>Errors.</b> A request that ran answers {@code 200}, and {@code execute} returns a {@link
 * GraphqlResult} even when some fields failed: its {@link GraphqlResult#errors()} say which, its
 * partial data is kept, and {@link GraphqlResult#dataOrThrow()} throws a {@link GraphqlException}
 * carrying both. A request that could not run ({@code 400}: it does not parse or validate) throws a
 * {@link GraphqlException} at once. Platform errors are the REST ones: {@code 401} an {@link
 * dev.gradiant.sdk.errors.AuthenticationException}, {@code 429} a {@link
 * dev.gradiant.sdk.errors.RateLimitException}, {@code 5xx} a {@link
 * dev.gradiant.sdk.errors.ServerException}.
 *
 * <p>Subscriptions ({@code bookingUpdates}, {@code messageAdded}) need the WebSocket transport and
 * are not sent over HTTP: building a request for one is an {@link IllegalArgumentException}.
 */
public final class GraphqlClient {
  private static final JavaType TREE = Json.mapper().constructType(Map.class);
  private static final JavaType JSON_TREE = Json.mapper().constructType(JsonNode.class);

  private final RequestExecutor executor;

  static {
    SubClientFactories.register(GraphqlClient.class, GraphqlClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  GraphqlClient(RequestExecutor executor) {
    this.executor = executor;
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings. An idempotency key applies to one
   * mutation: the first one sent through the view; a later one throws {@link IllegalStateException}
   * before sending. Queries do not use it.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public GraphqlClient withOptions(RequestOptions options) {
    return new GraphqlClient(executor.withOptions(options));
  }

  /**
   * Runs a query or mutation and reads {@code data} as a tree of plain Java: {@code Map}, {@code
   * List}, {@code String}, {@code Boolean}, {@code Integer}/{@code Long}/{@code BigInteger}, and
   * {@code BigDecimal} for numbers with a fraction (money is exact).
   *
   * @param request the document, operation and variables
   * @return the data, the errors of fields that failed, and the response metadata
   * @throws GraphqlException if the request could not run ({@code 400})
   */
  @SuppressWarnings("unchecked")
  public GraphqlResult<Map<String, Object>> execute(GraphqlRequest request) {
    return (GraphqlResult<Map<String, Object>>) (GraphqlResult<?>) send(request, TREE);
  }

  /**
   * Runs a query or mutation and reads {@code data} into {@code dataType}: a class (or record)
   * whose properties are the document's top-level fields, read with the SDK's JSON rules (unknown
   * fields ignored, times as {@code Instant}/{@code LocalDate}, {@code BigDecimal} exact).
   *
   * @param request the document, operation and variables
   * @param dataType the type of {@code data}
   * @param <T> that type
   * @return the data, the errors of fields that failed, and the response metadata
   * @throws GraphqlException if the request could not run ({@code 400})
   */
  public <T> GraphqlResult<T> execute(GraphqlRequest request, Class<T> dataType) {
    Objects.requireNonNull(dataType, "dataType must not be null");
    return send(request, Json.mapper().constructType(dataType));
  }

  /**
   * As {@link #execute(GraphqlRequest, Class)}, for a type with type arguments: {@code new
   * GenericType<Map<String, List<Booking>>>() {}}.
   *
   * @param request the document, operation and variables
   * @param dataType the type of {@code data}
   * @param <T> that type
   * @return the data, the errors of fields that failed, and the response metadata
   * @throws GraphqlException if the request could not run ({@code 400})
   */
  public <T> GraphqlResult<T> execute(GraphqlRequest request, GenericType<T> dataType) {
    Objects.requireNonNull(dataType, "dataType must not be null");
    return send(request, Json.mapper().constructType(dataType.type()));
  }

  /**
   * Every node of a cursor connection, page by page as iteration reaches it (see {@link
   * CursorPager}). The document must declare {@code $after: String} and pass it as the connection's
   * {@code after}, and select {@code pageInfo { hasNextPage endCursor }} and {@code edges { node {
   * … } }}.
   *
   * <pre>{@code
   * for (Booking booking : client.graphql().paginate(request, "user.bookings", Booking.class)) {
   *   ...
   * }
   * }</pre>
   *
   * @param request the first page's request
   * @param connectionPath the connection's dotted path in {@code data}: {@code user.bookings}
   * @param nodeType the type each {@code node} is read as
   * @param <N> that type
   * @return a lazy iterable and stream of the nodes; nothing is sent until iteration starts
   * @throws IllegalArgumentException if {@code connectionPath} is not a dotted path of names, the
   *     document does not use {@code $after}, or the request is not a query
   */
  public <N> CursorPager<N> paginate(
      GraphqlRequest request, String connectionPath, Class<N> nodeType) {
    Objects.requireNonNull(request, "request must not be null");
    Objects.requireNonNull(connectionPath, "connectionPath must not be null");
    Objects.requireNonNull(nodeType, "nodeType must not be null");
    ConnectionPath path = ConnectionPath.parse(connectionPath);
    if (!request.isQuery()) {
      throw new IllegalArgumentException("only a query can be paginated");
    }
    if (!request.query().contains("$" + CursorPager.AFTER)) {
      throw new IllegalArgumentException(
          "the document must declare $after: String and pass it to the connection's after");
    }
    return new CursorPager<>(request, path, nodeType, page -> send(page, JSON_TREE));
  }

  private <T> GraphqlResult<T> send(GraphqlRequest request, JavaType dataType) {
    return executor.executeReading(
        GraphqlRequests.of(request), new GraphqlResponseReader<T>(dataType));
  }
}
