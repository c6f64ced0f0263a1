package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Principal.Kind;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.ByteString;
import org.reactivestreams.Publisher;

/**
 * One client connection of GraphQL subscriptions, speaking {@code graphql-transport-ws} as the
 * AsyncAPI document's {@code graphql} channel describes it: {@code connection_init} in time (else
 * close {@code 4408}, see the constructor) with a token the sandbox knows (else close {@code 4401};
 * a second one closes {@code 4429}), {@code connection_ack}, then {@code subscribe} (before the
 * ack: {@code 4401}; an id in use: {@code 4409}), run by graphql-java over the same state as REST,
 * its results as {@code next} (resumed from {@code extensions.realtime.resumeFrom} as the feed
 * resumes), {@code error} when it does not validate or is not allowed, {@code complete} from the
 * client to stop one, {@code ping} answered {@code pong}. Any other message closes {@code 4400}.
 */
final class GraphqlSocket extends WebSocketListener {
  private final FeedHub hub;
  private final Supplier<Store> stores;
  private final boolean subprotocol;
  private final Map<String, GraphqlStream> running = new ConcurrentHashMap<>();
  private final Duration initTimeout;
  private final Instant initDeadline;
  private final AtomicReference<Init> init = new AtomicReference<>(Init.WAITING);
  private volatile WebSocket socket;
  private volatile Principal principal;

  /** Where {@code connection_init} is. */
  private enum Init {
    WAITING,
    RECEIVED,
    TIMED_OUT
  }

  /**
   * A connection being upgraded now.
   *
   * @param hub the channels
   * @param stores the sandbox's current state
   * @param subprotocol whether the client asked for {@code graphql-transport-ws}
   * @param initTimeout how long {@code connection_init} may take, counted from now by the sandbox's
   *     clock (a later one is closed {@code 4408}) and by a timer started at the upgrade (which
   *     closes {@code 4408} a connection that sent none)
   */
  GraphqlSocket(FeedHub hub, Supplier<Store> stores, boolean subprotocol, Duration initTimeout) {
    this.hub = hub;
    this.stores = stores;
    this.subprotocol = subprotocol;
    this.initTimeout = initTimeout;
    this.initDeadline = stores.get().clock.instant().plus(initTimeout);
  }

  String userId() {
    return principal.userId();
  }

  /** Starts the close handshake with {@code code}. */
  void close(int code, String reason) {
    WebSocket current = socket;
    if (current != null) {
      current.close(code, reason);
    }
  }

  void next(String id, ObjectNode payload) {
    if (running.containsKey(id)) {
      send(Json.object().put("type", "next").put("id", id).set("payload", payload));
    }
  }

  void failed(String id, Map<String, String> error) {
    if (running.remove(id) != null) {
      ObjectNode frame = Json.object().put("type", "error").put("id", id);
      ObjectNode entry = frame.putArray("payload").addObject().put("message", error.get("message"));
      entry.putObject("extensions").put("code", error.get("code"));
      send(frame);
    }
  }

  void completed(String id) {
    if (running.remove(id) != null) {
      send(Json.object().put("type", "complete").put("id", id));
    }
  }

  private void send(ObjectNode frame) {
    WebSocket current = socket;
    if (current != null) {
      hub.gate().send(current, FeedHub.text(frame));
    }
  }

  @Override
  public void onOpen(WebSocket webSocket, Response response) {
    socket = webSocket;
    hub.openedGraphql(this);
    if (!subprotocol) {
      webSocket.close(4406, "Subprotocol not acceptable");
      return;
    }
    CompletableFuture.delayedExecutor(initTimeout.toNanos(), TimeUnit.NANOSECONDS)
        .execute(this::initTimedOut);
  }

  private void initTimedOut() {
    if (init.compareAndSet(Init.WAITING, Init.TIMED_OUT)) {
      close(4408, "Connection initialisation timeout");
    }
  }

  @Override
  public void onMessage(WebSocket webSocket, ByteString bytes) {
    webSocket.close(4400, "Invalid message");
  }

  @Override
  public void onMessage(WebSocket webSocket, String text) {
    JsonNode message;
    try {
      message = Json.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      message = null;
    }
    if (message == null || !message.isObject() || !message.path("type").isTextual()) {
      webSocket.close(4400, "Invalid message");
      return;
    }
    switch (message.get("type").asText()) {
      case "connection_init" -> initialize(message.path("payload").path("token").asText(""));
      case "ping" -> send(Json.object().put("type", "pong"));
      case "pong" -> {
        // the answer to a ping the sandbox never sends
      }
      case "subscribe" -> subscribe(message);
      case "complete" -> {
        GraphqlStream stream = running.remove(message.path("id").asText(""));
        if (stream != null) {
          stream.stop();
        }
      }
      default -> webSocket.close(4400, "Invalid message");
    }
  }

  private void initialize(String token) {
    Store store = stores.get();
    Principal found;
    Instant now;
    synchronized (store) {
      now = store.clock.instant();
      found = token.isEmpty() ? null : store.tokens.bearer(token);
    }
    if (init.get() == Init.WAITING && !now.isBefore(initDeadline)) {
      initTimedOut();
    }
    if (init.get() == Init.TIMED_OUT) {
      return; // closing 4408
    }
    if (!init.compareAndSet(Init.WAITING, Init.RECEIVED)) {
      socket.close(4429, "Too many initialisation requests");
      return;
    }
    if (found == null || found.expired(now) || found.kind() == Kind.SESSION) {
      socket.close(4401, "invalid_token");
      return;
    }
    principal = found;
    ObjectNode ack = Json.object().put("type", "connection_ack");
    ObjectNode payload = ack.putObject("payload").put("userId", found.userId());
    if (found.expiresAt() != null) {
      payload.put("expiresAt", Times.format(found.expiresAt()));
    }
    send(ack);
  }

  private void subscribe(JsonNode message) {
    if (principal == null) {
      socket.close(4401, "Unauthorized");
      return;
    }
    String id = message.path("id").asText("");
    JsonNode payload = message.path("payload");
    if (id.isEmpty() || !payload.path("query").isTextual()) {
      socket.close(4400, "Invalid message");
      return;
    }
    JsonNode from = payload.path("extensions").path("realtime").path("resumeFrom");
    GraphqlStream stream =
        new GraphqlStream(
            this, id, from.canConvertToLong() && from.asLong() >= 0 ? from.asLong() : null, hub);
    if (running.putIfAbsent(id, stream) != null) {
      socket.close(4409, "Subscriber for " + id + " already exists");
      return;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> variables =
        payload.path("variables").isObject()
            ? (Map<String, Object>) Json.toJava(payload.get("variables"))
            : Map.of();
    JsonNode operationName = payload.path("operationName");
    Store store = stores.get();
    synchronized (store) {
      ExecutionInput input =
          ExecutionInput.newExecutionInput()
              .query(payload.get("query").asText())
              .operationName(operationName.isTextual() ? operationName.asText() : null)
              .variables(variables)
              .locale(Locale.ROOT)
              .graphQLContext(Map.of(GraphqlWiring.STORE, store, GraphqlWiring.STREAM, stream))
              .build();
      ExecutionResult result = GraphqlApi.engine().execute(input);
      if (result.isDataPresent() && result.getData() instanceof Publisher<?> results) {
        results.subscribe(stream.results());
        return;
      }
      running.remove(id);
      ObjectNode frame = Json.object().put("type", "error").put("id", id);
      ArrayNode errors = frame.putArray("payload");
      for (GraphQLError error : result.getErrors()) {
        errors.add(GraphqlApi.error(error, false));
      }
      if (errors.isEmpty()) {
        errors
            .addObject()
            .put("message", "Not a subscription")
            .putObject("extensions")
            .put("code", "BAD_USER_INPUT");
      }
      send(frame);
    }
  }

  private void ended() {
    for (GraphqlStream stream : running.values()) {
      stream.stop();
    }
    running.clear();
    hub.endedGraphql(this);
  }

  @Override
  public void onClosing(WebSocket webSocket, int code, String reason) {
    webSocket.close(1000, null);
    ended();
  }

  @Override
  public void onClosed(WebSocket webSocket, int code, String reason) {
    ended();
  }

  @Override
  public void onFailure(WebSocket webSocket, Throwable t, Response response) {
    ended();
  }
}
