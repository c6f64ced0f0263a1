package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.core.GenericType;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.graphql.GraphqlClientFactory;
import dev.gradiant.sdk.internal.graphql.SubscriptionEngine;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;

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
 * <p><b>Subscriptions</b> ({@code bookingUpdates}, {@code messageAdded}) are not sent over HTTP
 * ({@code execute} refuses them): {@link #subscribe(GraphqlRequest, Class,
 * GraphqlSubscriptionListener)} (a listener, for blocking code) and {@link
 * #publisher(GraphqlRequest, Class)} (a {@link Flow.Publisher}, for reactive code) run them over
 * the WebSocket protocol {@code graphql-transport-ws}, on the realtime host ({@code
 * wss://ws.gradiant.dev/v1/graphql}, or the builder's {@code realtimeUrl} with {@code /graphql}).
 * The client keeps one connection for all its subscriptions, opened at the first and closed when
 * the last ends:
 *
 * <ul>
 *   <li><b>Credentials.</b> The first message is {@code connection_init} with the client's token
 *       ({@code Authorization: Bearer}'s, or the API key) in its payload, read again for every
 *       connection; never in the URL, a header or a log line. Subscriptions are sent only after
 *       {@code connection_ack}; without one within 10 s the SDK closes with {@code 4504} and
 *       reconnects. {@code 4401} renews {@link dev.gradiant.sdk.core.RenewableCredentials} once.
 *   <li><b>Reconnects.</b> {@code ping} every 25 s (a connection silent for 10 s after one is
 *       dead), {@code pong} to the server's {@code ping}. After a close the SDK reconnects as
 *       {@link GraphqlCloseReason} says, with the live feed's backoff (0.5 s doubling to 30 s, full
 *       jitter), and sends every subscription again under a new id. GraphQL subscriptions have no
 *       replay of their own: Gradiant's extension resumes them (each result carries {@code
 *       extensions.realtime.seq}; the SDK sends {@code resumeFrom} and drops a result it already
 *       delivered), so nothing is missed or repeated. When a subscription cannot be resumed (no
 *       result carried a position yet, a server without the extension, or history that expired)
 *       what was published while disconnected is <em>missed</em>: the consumer receives a {@link
 *       GraphqlEvent#missedUpdates()} notice at that place, and should reload with a query.
 *   <li><b>Errors.</b> Field errors in a result are its {@link GraphqlEvent#errors()}; an {@code
 *       error} message ends the subscription with a {@link GraphqlException} ({@code executed()}
 *       false); a close the SDK does not recover from ends every subscription with a {@link
 *       GraphqlSubscriptionException} carrying the {@link GraphqlCloseReason}.
 *   <li><b>Back-pressure.</b> Each subscription buffers up to {@code realtimeBuffer} results (1,024
 *       by default) for its consumer. When they do not fit, {@link
 *       dev.gradiant.sdk.realtime.OverflowPolicy#RECONNECT_AND_RESUME} pauses that subscription
 *       ({@code complete}) and sends it again once half the buffer is drained, resuming from the
 *       last result buffered (or with a missed-updates notice); {@code FAIL} ends it with a {@link
 *       GraphqlSubscriptionException}.
 * </ul>
 *
 * <p>Consumers are called on one thread of the client, {@code gradiant-graphql-events}; {@link
 * dev.gradiant.sdk.GradiantClient#close()} completes every subscription after the results already
 * buffered for it (nothing is lost), and releases the socket's and that thread: a {@code
 * Flow.Subscriber} that still has results buffered receives them, then {@code onComplete}, as it
 * requests them, on the thread that calls {@code request}. Subscriptions use the client's
 * credentials: {@link #withOptions} does not apply to them.
 */
public final class GraphqlClient {
  private static final JavaType TREE = Json.mapper().constructType(Map.class);
  private static final JavaType JSON_TREE = Json.mapper().constructType(JsonNode.class);

  private final RequestExecutor executor;
  private final SubscriptionEngine subscriptions;

  static {
    GraphqlClientFactory.register(GraphqlClient.class, GraphqlClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link GraphqlClientFactory}.
   *
   * @param executor the client's request executor
   * @param subscriptions the client's subscription engine
   */
  GraphqlClient(RequestExecutor executor, SubscriptionEngine subscriptions) {
    this.executor = executor;
    this.subscriptions = subscriptions;
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
    return new GraphqlClient(executor.withOptions(options), subscriptions);
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

  /**
   * Starts a subscription whose events go to {@code listener} (see the class description for the
   * connection, reconnects and back-pressure). The connection opens now if none is open.
   *
   * <pre>{@code
   * GraphqlSubscription updates = client.graphql().subscribe(
   *     GraphqlRequest.builder().query(BOOKING_UPDATES).variable("userId", "user_123").build(),
   *     BookingUpdates.class,
   *     event -> {
   *       if (event.missedUpdates()) { schedule.reload(); } else { schedule.apply(event.dataOrThrow()); }
   *     });
   * ...
   * updates.close();
   * }</pre>
   *
   * @param request a subscription: its document, operation and variables
   * @param dataType the type each result's {@code data} is read as (its property is the
   *     subscription's field, e.g. {@code bookingUpdates})
   * @param listener receives the events, then the end
   * @param <T> that type
   * @return the running subscription; {@link GraphqlSubscription#close()} stops it
   * @throws IllegalArgumentException if the request is not a subscription (or the SDK cannot tell)
   * @throws IllegalStateException if the client was built without credentials, or is closed
   */
  public <T> GraphqlSubscription subscribe(
      GraphqlRequest request, Class<T> dataType, GraphqlSubscriptionListener<T> listener) {
    Objects.requireNonNull(dataType, "dataType must not be null");
    return subscribe(request, Json.mapper().constructType(dataType), listener);
  }

  /**
   * As {@link #subscribe(GraphqlRequest, Class, GraphqlSubscriptionListener)}, for a type with type
   * arguments.
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
    Objects.requireNonNull(dataType, "dataType must not be null");
    return subscribe(request, Json.mapper().constructType(dataType.type()), listener);
  }

  /**
   * A subscription for reactive code: each {@link Flow.Subscriber} runs the subscription of its own
   * (a {@code subscribe} when it subscribes, {@code complete} when it cancels) and receives only as
   * many events as it {@code request}s; the rest wait in its buffer (see the class description).
   * {@code onComplete} follows the server's {@code complete} or the client's close; {@code onError}
   * a {@link GraphqlException} (the server's {@code error}) or a {@link
   * GraphqlSubscriptionException}; exactly one of them, after every result buffered before it, and
   * {@code request} is a no-op afterwards. Signals arrive on {@code gradiant-graphql-events},
   * {@code onSubscribe} first; once the client is closed, the results still buffered and then
   * {@code onComplete} arrive as the subscriber requests them, on the thread that calls {@code
   * request}; a subscriber that comes after the client was closed receives {@code onSubscribe} and
   * {@code onComplete} at once, on its own thread.
   *
   * @param request a subscription: its document, operation and variables
   * @param dataType the type each result's {@code data} is read as
   * @param <T> that type
   * @return the publisher; nothing is sent until a subscriber subscribes
   * @throws IllegalArgumentException if the request is not a subscription
   * @throws IllegalStateException if the client was built without credentials
   */
  public <T> Flow.Publisher<GraphqlEvent<T>> publisher(GraphqlRequest request, Class<T> dataType) {
    Objects.requireNonNull(dataType, "dataType must not be null");
    return new SubscriptionPublisher<>(
        subscriptions, subscription(request), Json.mapper().constructType(dataType));
  }

  /**
   * As {@link #publisher(GraphqlRequest, Class)}, for a type with type arguments.
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
    Objects.requireNonNull(dataType, "dataType must not be null");
    return new SubscriptionPublisher<>(
        subscriptions, subscription(request), Json.mapper().constructType(dataType.type()));
  }

  private <T> GraphqlSubscription subscribe(
      GraphqlRequest request, JavaType dataType, GraphqlSubscriptionListener<T> listener) {
    Objects.requireNonNull(listener, "listener must not be null");
    return new GraphqlSubscription(
        ActiveSubscription.start(subscriptions, subscription(request), dataType, listener));
  }

  /** {@return the {@code subscribe} payload of a request that must be a subscription} */
  private com.fasterxml.jackson.databind.node.ObjectNode subscription(GraphqlRequest request) {
    Objects.requireNonNull(request, "request must not be null");
    if (!request.isSubscription()) {
      throw new IllegalArgumentException(
          "only a subscription is run over the WebSocket; run a query or mutation with"
              + " execute(..) (and a document whose operation the SDK cannot tell is refused)");
    }
    if (!subscriptions.hasCredentials()) {
      throw new IllegalStateException(
          "GraphQL subscriptions need credentials, but this client was built"
              + " withoutCredentials()");
    }
    return request.body();
  }

  private <T> GraphqlResult<T> send(GraphqlRequest request, JavaType dataType) {
    return executor.executeReading(
        GraphqlRequests.of(request), new GraphqlResponseReader<T>(dataType));
  }
}
