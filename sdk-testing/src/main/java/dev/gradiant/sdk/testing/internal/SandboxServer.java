package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.gradiant.sdk.testing.RecordedRequest;
import dev.gradiant.sdk.testing.internal.Faults.Failure;
import dev.gradiant.sdk.testing.internal.Router.Match;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the sandbox on the JDK's server. Each request goes through one fixed chain:
 * record → queued faults (drop, fail, delay) → rate limit → route → request headers → credentials →
 * idempotency replay → handler (holding the store's lock) → envelope or error → common headers →
 * answer, or, for a queued dropped response, a closed connection.
 */
public final class SandboxServer implements AutoCloseable {
  /** Every operation lives under this path. */
  public static final String BASE_PATH = "/v1";

  private static final int MAX_BODY_BYTES = 1 << 20;
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final SandboxConfig config;
  private final SharedPort port;
  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final RateLimiter limiter;
  private final Faults faults = new Faults();
  private final RequestLog log = new RequestLog();
  private final Deliveries deliveries;
  private final Ids requestIds;
  private final FeedHub feedHub;
  private final FeedServer feed;
  private volatile State state;

  /** The resettable part: data, credentials and the routes that serve them. */
  private record State(Store store, Router router, BookingsApi bookings) {}

  /**
   * Starts a server on 127.0.0.1.
   *
   * @param config the set-up
   * @throws UncheckedIOException if the port cannot be bound
   */
  public SandboxServer(SandboxConfig config) {
    this.config = config;
    this.limiter = new RateLimiter(config.rateLimit(), config.rateLimitWindow());
    this.deliveries =
        new Deliveries(config.clock(), config.webhookAttempts(), config.webhookBackoff());
    this.requestIds = new Ids(config.seed() ^ 0x5DEECE66DL);
    this.feedHub = new FeedHub(new Ids(config.seed() ^ 0x2545F4914F6CDD1DL));
    this.state = newState();
    try {
      port = new SharedPort(config.port());
    } catch (UncheckedIOException e) {
      deliveries.close();
      throw e;
    }
    try {
      // REST and GraphQL over HTTP, behind the shared port on a loopback port of their own.
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      port.close();
      deliveries.close();
      throw new UncheckedIOException("Cannot bind the HTTP server on 127.0.0.1", e);
    }
    executor =
        new ThreadPoolExecutor(
            16,
            16,
            30,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            runnable -> {
              Thread thread =
                  new Thread(runnable, "gradiant-sandbox-http-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    executor.allowCoreThreadTimeOut(true);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    try {
      feed = new FeedServer(feedHub, () -> state.store(), config.graphqlInitTimeout(), port.port());
    } catch (RuntimeException e) {
      port.close();
      server.stop(0);
      executor.shutdownNow();
      deliveries.close();
      throw e;
    }
    server.start();
    port.start(server.getAddress(), feed::hand, FeedServer.PATHS);
  }

  private State newState() {
    Ids ids = new Ids(config.seed());
    Tokens tokens = new Tokens(config.apiToken(), config.apiKey(), DemoData.DEMO_USER_ID);
    Store store = new Store(config.clock(), ids, tokens, deliveries, feedHub);
    DemoData.load(store, config.demoSessions());
    Router router = new Router();
    HealthApi.register(router);
    new AuthApi(store, config.password(), config.otp()).register(router);
    new OAuthApi(store, config.oauthClientId(), DemoData.DEMO_USER_ID).register(router);
    new UsersApi(store).register(router);
    new SessionsApi(store).register(router);
    BookingsApi bookings = new BookingsApi(store);
    bookings.register(router);
    new PractitionersApi(store).register(router);
    new AnalyticsApi(store).register(router);
    new WebhookEndpointsApi(store).register(router);
    new HealthRecordsApi(store).register(router);
    new ApiKeysApi(store).register(router);
    new PaymentsApi(store).register(router);
    new GrantsApi(store).register(router);
    new WearablesApi(store).register(router);
    new GraphqlApi(store, bookings).register(router);
    new ConversationsApi(store).register(router);
    return new State(store, router, bookings);
  }

  /** {@return the port the sandbox listens on: REST, GraphQL and the live feed} */
  public int port() {
    return port.port();
  }

  /** {@return the queued faults} */
  public Faults faults() {
    return faults;
  }

  /** {@return the requests received} */
  public RequestLog requests() {
    return log;
  }

  /** {@return the live feed's server} */
  public FeedServer feed() {
    return feed;
  }

  /** {@return the webhook deliveries} */
  public Deliveries deliveries() {
    return deliveries;
  }

  /** Replaces every resource and credential with fresh demo data; forgets rate-limit use. */
  public void reset() {
    State fresh = newState();
    synchronized (state.store()) {
      state = fresh;
    }
    limiter.reset();
  }

  /** Moves a booking as its practitioner would; see {@link BookingsApi#changeStatus}. */
  public void changeBookingStatus(String bookingId, String status) {
    State current = state;
    synchronized (current.store()) {
      current.bookings().changeStatus(bookingId, status);
    }
  }

  /**
   * Appends an entry to a session's event log.
   *
   * @param sessionId the session
   * @param type a {@code SessionEventType}
   * @param data the event's data
   */
  public void addSessionEvent(String sessionId, String type, Map<String, ?> data) {
    if (!Spec.SESSION_EVENT_TYPES.contains(type)) {
      throw new IllegalArgumentException(
          "type must be a SessionEventType of the contract, got " + type);
    }
    Store store = state.store();
    synchronized (store) {
      if (!store.sessions.containsKey(sessionId)) {
        throw new IllegalArgumentException("No session has the id " + sessionId);
      }
      Store.SessionState session = store.sessionStates.get(sessionId);
      store.logEvent(
          sessionId,
          type,
          SessionsApi.PHASES.get(session.phase),
          (ObjectNode) Json.valueOf(data),
          config.clock().instant());
    }
  }

  /**
   * @param userId the user
   * @return how many wearable samples the sandbox stores for the user
   */
  public int wearableSamples(String userId) {
    Store store = state.store();
    synchronized (store) {
      return (int)
          store.wearableSamples.stream()
              .filter(sample -> sample.get("userId").asText().equals(userId))
              .count();
    }
  }

  private void handle(HttpExchange exchange) {
    Instant now = config.clock().instant();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String rawPath = exchange.getRequestURI().getRawPath();
    String relative =
        rawPath.equals(BASE_PATH) || rawPath.startsWith(BASE_PATH + "/")
            ? rawPath.substring(BASE_PATH.length())
            : rawPath;
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
    Map<String, List<String>> query = Map.of();
    byte[] body = new byte[0];
    // A multipart upload is not read up front: its handler streams it (see StreamedBody).
    StreamedBody streamed =
        StreamedBody.streams(headers) ? new StreamedBody(exchange.getRequestBody()) : null;
    boolean recorded = false;
    try {
      ApiError malformed = null;
      try {
        if (streamed == null) {
          body = read(exchange.getRequestBody());
        }
        query = Call.parseQuery(exchange.getRequestURI().getRawQuery());
      } catch (ApiError e) {
        malformed = e;
      }
      Duration delay = faults.nextDelay();
      Failure failure = faults.nextFailure();
      if (!delay.isZero()) {
        Thread.sleep(delay.toMillis());
      }
      if (failure != null && failure.drop()) {
        body = finish(streamed, body);
        return;
      }
      boolean dropResponse = failure != null && failure.dropResponse();
      Reply reply =
          process(
              method,
              rawPath,
              relative,
              query,
              headers,
              body,
              now,
              dropResponse ? null : failure,
              malformed,
              streamed);
      body = finish(streamed, body);
      if (dropResponse) {
        // Carried out, state changed, and the answer is lost: the connection closes unanswered.
        return;
      }
      // Recorded before the answer leaves, so a caller that got it also finds it in requests().
      record(method, relative, query, headers, body, reply.status(), now);
      recorded = true;
      send(exchange, reply);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the client went away
    } finally {
      if (!recorded) {
        record(method, relative, query, headers, body, 0, now);
      }
      exchange.close();
    }
  }

  private void record(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body,
      int status,
      Instant now) {
    log.add(
        RecordedRequest.builder()
            .method(method)
            .path(path)
            .query(query)
            .headers(headers)
            .body(new String(body, StandardCharsets.UTF_8))
            .status(status)
            .receivedAt(now)
            .build());
  }

  /**
   * Reads what a handler left of a streamed body.
   *
   * @return what to record as the body
   */
  private static byte[] finish(StreamedBody streamed, byte[] body) {
    if (streamed == null) {
      return body;
    }
    streamed.finish();
    return streamed.recorded().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] read(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw ApiError.badRequest("body", "Larger than " + MAX_BODY_BYTES + " bytes");
    }
    return body;
  }

  private Reply process(
      String method,
      String rawPath,
      String relative,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body,
      Instant now,
      Failure failure,
      ApiError malformed,
      StreamedBody streamed) {
    State current = state;
    Call call =
        new Call(
            method, relative, new LinkedHashMap<>(query), headers, body, requestId(headers), now);
    call.streamed(streamed);
    RateLimiter.Decision decision = limiter.take(now);
    Reply reply;
    try {
      reply = answer(current, call, rawPath, decision, failure, malformed);
    } catch (ApiError error) {
      reply = error(call, error);
    } catch (RuntimeException bug) {
      reply =
          error(
              call,
              new ApiError(
                  500,
                  "INTERNAL_ERROR",
                  "Sandbox failure: " + bug.getClass().getSimpleName() + ": " + bug.getMessage(),
                  null));
    }
    Map<String, String> common = new LinkedHashMap<>(reply.headers());
    common.putIfAbsent("X-Request-ID", call.requestId());
    common.put("X-RateLimit-Limit", Integer.toString(decision.limit()));
    common.put("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
    common.put("X-RateLimit-Reset", Long.toString(decision.resetEpochSecond()));
    return new Reply(reply.status(), common, reply.body());
  }

  private String requestId(Map<String, List<String>> headers) {
    List<String> given = headers.get("x-request-id");
    if (given != null && !given.isEmpty()) {
      String value = given.get(0);
      if (!value.isEmpty() && value.length() <= 255) {
        return value;
      }
    }
    return requestIds.next("req");
  }

  private Reply answer(
      State current,
      Call call,
      String rawPath,
      RateLimiter.Decision decision,
      Failure failure,
      ApiError malformed) {
    if (failure != null) {
      ApiError injected = injected(failure);
      if (failure.retryAfter() != null) {
        injected.header("Retry-After", Long.toString(failure.retryAfter().toSeconds()));
      }
      throw injected;
    }
    if (!decision.allowed()) {
      throw new ApiError(429, "RATE_LIMIT_EXCEEDED", "API rate limit exceeded", null)
          .header("Retry-After", Long.toString(decision.retryAfterSeconds()));
    }
    if (malformed != null) {
      throw malformed;
    }
    if (!rawPath.startsWith(BASE_PATH + "/")) {
      throw new ApiError(
          404, "RESOURCE_NOT_FOUND", "No such endpoint; the API lives under " + BASE_PATH, null);
    }
    Match match = current.router().match(call.method(), segments(call.path()));
    String requestIdHeader = call.header("X-Request-ID");
    if (requestIdHeader != null && (requestIdHeader.isEmpty() || requestIdHeader.length() > 255)) {
      throw ApiError.badRequest("X-Request-ID", "Must be 1 to 255 characters");
    }
    call.pathParams(match.params());
    Store store = current.store();
    synchronized (store) {
      call.principal(Authenticator.authenticate(store.tokens, match.route(), call));
      String key = call.header("Idempotency-Key");
      if (key == null || !call.method().equals("POST")) {
        return match.route().handler().handle(call);
      }
      if (key.isEmpty() || key.length() > 255) {
        throw ApiError.badRequest("Idempotency-Key", "Must be 1 to 255 characters");
      }
      String slot = key + " " + call.path();
      Reply first = store.idempotentReplies.get(slot);
      if (first != null) {
        return first.withHeader("Idempotent-Replayed", "true");
      }
      Reply reply;
      try {
        reply = match.route().handler().handle(call);
      } catch (ApiError error) {
        // a 402 changed state too (the intent failed, payment.failed was sent): replay it
        if (error.status() == 409 || error.status() == 402) {
          store.idempotentReplies.put(slot, error(call, error));
        }
        throw error;
      }
      if (reply.status() >= 200 && reply.status() < 300) {
        store.idempotentReplies.put(slot, reply.withHeader("X-Request-ID", call.requestId()));
      }
      return reply;
    }
  }

  private static ApiError injected(Failure failure) {
    return switch (failure.status()) {
      case 429 -> new ApiError(429, "RATE_LIMIT_EXCEEDED", "API rate limit exceeded", null);
      case 503 -> new ApiError(503, "SERVICE_UNAVAILABLE", "Service temporarily unavailable", null);
      default ->
          new ApiError(
              failure.status(),
              failure.status() >= 500 ? "INTERNAL_ERROR" : "INJECTED_FAILURE",
              "Failure injected by the sandbox (failNext)",
              null);
    };
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String raw : path.substring(1).split("/", -1)) {
      segments.add(Call.decode(raw.replace("+", "%2B")));
    }
    return segments;
  }

  private static Reply error(Call call, ApiError error) {
    ObjectNode body = Json.object();
    ObjectNode content = body.putObject("error");
    content.put("code", error.code());
    content.put("message", error.getMessage());
    if (error.details() != null) {
      content.set("details", error.details());
    }
    body.set("meta", call.meta());
    Reply reply = Reply.json(error.status(), body);
    for (Map.Entry<String, String> header : error.headers().entrySet()) {
      reply = reply.withHeader(header.getKey(), header.getValue());
    }
    return reply.withHeader("X-Request-ID", call.requestId());
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach(exchange.getResponseHeaders()::set);
    if (reply.body() == null) {
      exchange.sendResponseHeaders(reply.status(), -1);
      return;
    }
    exchange.sendResponseHeaders(reply.status(), reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }

  /** Stops the server and the webhook queue. */
  @Override
  public void close() {
    port.close();
    feed.close();
    server.stop(0);
    executor.shutdownNow();
    deliveries.close();
  }
}
