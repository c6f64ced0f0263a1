package dev.gradiant.sdk.internal.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.config.UserAgent;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.internal.realtime.FeedToken;
import dev.gradiant.sdk.internal.realtime.FeedWiring;
import dev.gradiant.sdk.internal.realtime.RealtimeUrl;
import dev.gradiant.sdk.internal.realtime.ReconnectDelays;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import okhttp3.Request;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state machine of GraphQL subscriptions over {@code graphql-transport-ws}: one connection at a
 * time, opened at the first subscription and closed ({@code 1000}) when the last one ends; {@code
 * connection_init} with the client's token (read again for every connection) and no operation
 * before {@code connection_ack} (closed {@code 4504} when it does not come within 10 s); one {@code
 * subscribe} per operation under an id never used before on this client; {@code complete} when the
 * application stops one; {@code ping}/{@code pong} both ways (a connection silent for 10 s after a
 * {@code ping} is dead); close codes turned into reconnects with the live feed's jittered backoff,
 * after which every operation is subscribed again, with {@code extensions.realtime.resumeFrom} when
 * its position is known, or into an end.
 *
 * <p>Every method runs under this object's lock; none blocks or calls the application: operations
 * hand what they receive to their {@link Mailbox}, drained on the {@link DeliveryThread}.
 */
public final class SubscriptionEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.gradiant.sdk.graphql");

  /** The WebSocket subprotocol. */
  public static final String SUBPROTOCOL = "graphql-transport-ws";

  /** The {@code type}s a server may send. */
  private static final Set<String> SERVER_TYPES =
      Set.of("connection_ack", "next", "error", "complete", "ping", "pong");

  /** How long {@code connection_ack} may take. */
  static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

  /** Silence after a {@code ping} that makes a connection dead. */
  static final Duration DEAD_AFTER = Duration.ofSeconds(10);

  /** How often the client sends {@code ping}. */
  static final Duration HEARTBEAT = Duration.ofSeconds(25);

  /** Where the connection is. */
  enum State {
    IDLE,
    CONNECTING,
    OPEN,
    RECONNECTING,
    CLOSED
  }

  /** An operation and its place on the current connection. */
  private static final class Slot {
    final SubscriptionOperation operation;
    String id;
    boolean paused;
    boolean subscribedBefore;

    Slot(SubscriptionOperation operation) {
      this.operation = operation;
    }
  }

  /** Why the last connection ended, for the operations subscribed again after it. */
  private record LastEnd(int code, String reason, CloseKind kind) {}

  private final FeedWiring wiring;
  private final DeliveryThread delivery = new DeliveryThread();
  private final ReconnectDelays delays;
  private final Map<SubscriptionOperation, Slot> live = new LinkedHashMap<>();
  private final Map<String, Slot> byId = new HashMap<>();
  private State state = State.IDLE;
  private GqlLink current;
  private CompletableFuture<Void> reconnectTimer;
  private Instant acknowledgedAt;
  private boolean renewedSinceAcknowledged;
  private LastEnd lastEnd;
  private long ids;

  /**
   * @param wiring the URL of the {@code graphql} channel, the sockets, credentials, timers and
   *     buffer settings
   */
  public SubscriptionEngine(FeedWiring wiring) {
    this.wiring = wiring;
    this.delays = new ReconnectDelays(wiring.jitter());
  }

  /** {@return the thread operations deliver on} */
  public DeliveryThread delivery() {
    return delivery;
  }

  /** {@return the results each consumer may buffer} */
  public int bufferCapacity() {
    return wiring.bufferCapacity();
  }

  /** {@return whether a full buffer ends the subscription (else it pauses and resumes)} */
  public boolean failOnOverflow() {
    return wiring.failOnOverflow();
  }

  /** {@return whether the client has credentials to connect with} */
  public boolean hasCredentials() {
    return wiring.credentials() != null;
  }

  // ------------------------------------------------------------------ the application's requests

  /**
   * Starts an operation: subscribes it now if the connection is acknowledged, else connects.
   *
   * @param operation the operation
   * @param first run under this engine's lock before anything is sent for the operation, so that it
   *     comes before any result (a {@code Flow.Subscriber}'s {@code onSubscribe}); not run when the
   *     engine is closed
   * @return whether it started; {@code false} once the client is closed, when nothing was run or
   *     sent and the operation is not called
   */
  public synchronized boolean start(SubscriptionOperation operation, Runnable first) {
    if (state == State.CLOSED) {
      return false;
    }
    first.run();
    Slot slot = new Slot(operation);
    live.put(operation, slot);
    if (state == State.OPEN) {
      subscribe(current, slot);
    } else if (state == State.IDLE) {
      connect();
    }
    return true;
  }

  /**
   * Stops an operation at the application's request: {@code complete} is sent once if the server
   * runs it; the connection closes when it was the last.
   *
   * @param operation the operation
   */
  public synchronized void stop(SubscriptionOperation operation) {
    Slot slot = live.remove(operation);
    if (slot == null) {
      return;
    }
    unsubscribe(slot);
    closeIfUnused();
  }

  /**
   * Stops sending an operation's results for now (its consumer's buffer is full): {@code complete}
   * is sent, and {@link #resume} subscribes it again from its position.
   *
   * @param operation the operation
   */
  public synchronized void pause(SubscriptionOperation operation) {
    Slot slot = live.get(operation);
    if (slot == null || slot.paused) {
      return;
    }
    slot.paused = true;
    unsubscribe(slot);
    LOG.debug("GraphQL subscription paused: its consumer's buffer is full");
  }

  /**
   * Subscribes a paused operation again.
   *
   * @param operation the operation
   */
  public synchronized void resume(SubscriptionOperation operation) {
    Slot slot = live.get(operation);
    if (slot == null || !slot.paused) {
      return;
    }
    slot.paused = false;
    if (state == State.OPEN) {
      subscribe(current, slot);
    } else if (state == State.IDLE) {
      connect();
    }
  }

  /**
   * Ends every operation ({@link CloseKind#CLIENT_CLOSED}), closes the connection with {@code
   * 1000}, stops reconnecting, and releases the socket's and the delivery threads. Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (state != State.CLOSED) {
        List<Slot> slots = new ArrayList<>(live.values());
        live.clear();
        byId.clear();
        cancelReconnect();
        dropConnection(1000, "client closed");
        state = State.CLOSED;
        for (Slot slot : slots) {
          slot.operation.ended(1000, "client closed", CloseKind.CLIENT_CLOSED);
        }
      }
    }
    delivery.shutdown();
    wiring.sockets().close();
  }

  // ------------------------------------------------------------------ connecting

  private void connect() {
    if (wiring.credentials() == null) {
      endAll(4401, "no credentials", CloseKind.UNAUTHORIZED);
      return;
    }
    state = State.CONNECTING;
    GqlLink link = new GqlLink(this);
    current = link;
    LOG.debug("GraphQL subscriptions connecting to {}", RealtimeUrl.display(wiring.url()));
    Request request =
        new Request.Builder()
            .url(wiring.url())
            .header("User-Agent", UserAgent.value())
            .header("Sec-WebSocket-Protocol", SUBPROTOCOL)
            .build();
    try {
      link.socket = wiring.sockets().open(request, link);
    } catch (IllegalStateException e) {
      link.ended = true;
    }
  }

  synchronized void opened(GqlLink link, WebSocket socket, String protocol) {
    if (link != current || link.ended) {
      socket.cancel();
      return;
    }
    link.socket = socket;
    if (!SUBPROTOCOL.equals(protocol)) {
      LOG.debug("GraphQL subscriptions: the server chose no graphql-transport-ws subprotocol");
      closeWith(link, GqlCloseCodes.SUBPROTOCOL_NOT_ACCEPTABLE, "Subprotocol not acceptable");
      return;
    }
    Futures.start(wiring.credentials()::authHeadersAsync)
        .whenComplete((headers, failure) -> initialize(link, headers, failure));
  }

  private synchronized void initialize(
      GqlLink link, Map<String, String> headers, Throwable failure) {
    if (link != current || link.ended) {
      return;
    }
    if (failure != null) {
      Throwable cause = Futures.unwrap(failure);
      LOG.debug(
          "GraphQL subscriptions could not obtain credentials: {}", cause.getClass().getName());
      if (cause instanceof AuthenticationException) {
        lostFor(
            link, 4401, "credentials refused", CloseKind.UNAUTHORIZED, GqlCloseCodes.Action.STOP);
      } else {
        lostFor(
            link,
            GqlCloseCodes.ABNORMAL,
            "credentials unavailable",
            CloseKind.NETWORK,
            GqlCloseCodes.Action.BACKOFF);
      }
      return;
    }
    String token = headers == null ? null : FeedToken.from(headers);
    if (token == null) {
      lostFor(
          link,
          4401,
          "no bearer token or API key",
          CloseKind.UNAUTHORIZED,
          GqlCloseCodes.Action.STOP);
      return;
    }
    link.headers = Map.copyOf(headers);
    link.initSent = true;
    send(link, GqlFrames.connectionInit(token), "connection_init");
    CompletableFuture<Void> timer = wiring.scheduler().delay(ACK_TIMEOUT);
    link.ackTimer = timer;
    timer.thenRun(() -> ackTimedOut(link));
  }

  private synchronized void ackTimedOut(GqlLink link) {
    if (link != current || link.ended || link.acknowledged) {
      return;
    }
    LOG.debug("GraphQL subscriptions: no connection_ack in {} s", ACK_TIMEOUT.toSeconds());
    closeWith(link, GqlCloseCodes.ACK_TIMEOUT, "Connection acknowledgement timeout");
  }

  // ------------------------------------------------------------------ what the server sends

  void received(GqlLink link, String text) {
    JsonNode message;
    try {
      message = Json.mapper().readTree(text);
    } catch (IOException e) {
      message = null;
    }
    synchronized (this) {
      if (link != current || link.ended) {
        return;
      }
      link.received++;
      String type =
          message != null && message.path("type").isTextual() ? message.get("type").asText() : "";
      String id =
          message != null && message.path("id").isTextual() ? message.get("id").asText() : null;
      // the server's text is logged only when it is the protocol's own: a type it defines, an id
      // this client chose; anything else could carry personal data or forge log lines
      LOG.trace(
          "GraphQL subscriptions received {}{}",
          SERVER_TYPES.contains(type) ? type : "a message of unknown type",
          id != null && byId.containsKey(id) ? " " + id : "");
      switch (type) {
        case "connection_ack" -> {
          if (link.initSent) {
            acknowledged(link);
          } else {
            invalid(link, "connection_ack before connection_init");
          }
        }
        case "next", "error", "complete" -> {
          if (!link.acknowledged || id == null) {
            // no subscribe went out yet, so no id can be known: the server broke the protocol
            invalid(link, "an operation message before connection_ack or without an id");
          } else {
            operationMessage(type, byId.get(id), message.path("payload"), link);
          }
        }
        case "ping" -> send(link, GqlFrames.pong(), "pong");
        case "pong" -> {
          // any message proves the connection alive
        }
        default -> invalid(link, "a message of unknown type");
      }
    }
  }

  /**
   * A {@code next}, {@code error} or {@code complete} for {@code slot}, on an acknowledged link;
   * {@code slot} is {@code null} for an operation stopped meanwhile, whose late messages are
   * dropped.
   */
  private void operationMessage(String type, Slot slot, JsonNode payload, GqlLink link) {
    if (slot == null) {
      return;
    }
    switch (type) {
      case "next" -> {
        if (payload.isObject()) {
          slot.operation.next(payload);
        } else {
          invalid(link, "next without a payload");
        }
      }
      case "error" -> {
        forget(slot);
        slot.operation.failed(payload);
        closeIfUnused();
      }
      default -> {
        forget(slot);
        slot.operation.completed();
        closeIfUnused();
      }
    }
  }

  synchronized void receivedBinary(GqlLink link) {
    if (link == current && !link.ended) {
      invalid(link, "a binary message");
    }
  }

  /** The server broke the protocol: close {@code 4400}, as the protocol says, and end. */
  private void invalid(GqlLink link, String what) {
    LOG.debug("GraphQL subscriptions received {}: closing with 4400", what);
    closeWith(link, GqlCloseCodes.BAD_REQUEST, "Invalid message");
  }

  private void acknowledged(GqlLink link) {
    if (link.acknowledged) {
      return;
    }
    link.acknowledged = true;
    link.ackTimer.cancel(false);
    acknowledgedAt = wiring.clock().instant();
    renewedSinceAcknowledged = false;
    state = State.OPEN;
    LOG.debug("GraphQL subscriptions connection acknowledged");
    for (Slot slot : List.copyOf(live.values())) {
      if (!slot.paused && slot.id == null) {
        subscribe(link, slot);
      }
    }
    lastEnd = null;
    schedulePing(link);
    closeIfUnused();
  }

  // ------------------------------------------------------------------ heartbeats

  private void schedulePing(GqlLink link) {
    CompletableFuture<Void> timer = wiring.scheduler().delay(HEARTBEAT);
    link.pingTimer = timer;
    timer.thenRun(() -> ping(link));
  }

  private synchronized void ping(GqlLink link) {
    if (link != current || link.ended) {
      return;
    }
    long seen = link.received;
    send(link, GqlFrames.ping(), "ping");
    CompletableFuture<Void> dead = wiring.scheduler().delay(DEAD_AFTER);
    link.deadTimer = dead;
    schedulePing(link);
    dead.thenRun(() -> checkAlive(link, seen));
  }

  private synchronized void checkAlive(GqlLink link, long seen) {
    if (link != current || link.ended || link.received != seen) {
      return;
    }
    LOG.debug(
        "GraphQL subscriptions heard nothing for {} s: the connection is dead",
        DEAD_AFTER.toSeconds());
    lostFor(
        link,
        GqlCloseCodes.ABNORMAL,
        "no answer",
        CloseKind.DEAD_CONNECTION,
        GqlCloseCodes.Action.BACKOFF);
  }

  // ------------------------------------------------------------------ the end of a connection

  synchronized void ended(GqlLink link, int code, String reason) {
    if (link != current || link.ended) {
      return;
    }
    lost(link, code, reason);
  }

  /** Closes a connection the engine gives up on with {@code code}, then handles its end. */
  private void closeWith(GqlLink link, int code, String reason) {
    link.closing = true;
    link.socket.close(code, reason);
    lost(link, code, reason);
  }

  private void lost(GqlLink link, int code, String reason) {
    GqlCloseCodes.Rule rule = GqlCloseCodes.of(code);
    lostFor(link, code, reason, rule.kind(), rule.action());
  }

  private void lostFor(
      GqlLink link, int code, String reason, CloseKind kind, GqlCloseCodes.Action action) {
    link.ended = true;
    link.cancelTimers();
    if (link.socket != null && !link.closing) {
      link.socket.cancel();
    }
    current = null;
    byId.clear();
    for (Slot slot : live.values()) {
      slot.id = null;
    }
    if (link.acknowledged
        && acknowledgedAt != null
        && !wiring.clock().instant().isBefore(acknowledgedAt.plus(ReconnectDelays.STABLE))) {
      delays.reset();
    }
    LOG.debug("GraphQL subscriptions connection ended: {} {}", code, kind);
    if (live.isEmpty()) {
      state = State.IDLE;
      return;
    }
    lastEnd = new LastEnd(code, reason, kind);
    switch (action) {
      case STOP -> endAll(code, reason, kind);
      case RENEW_ONCE -> renew(link, code, reason);
      case AT_ONCE -> reconnectAfter(delays.atOnce());
      case BACKOFF -> reconnectAfter(delays.next(ReconnectDelays.BASE));
      case BACKOFF_FROM_5S -> reconnectAfter(delays.next(ReconnectDelays.OVERLOADED_BASE));
    }
  }

  private void reconnectAfter(Duration delay) {
    state = State.RECONNECTING;
    LOG.debug("GraphQL subscriptions reconnecting in {} ms", delay.toMillis());
    CompletableFuture<Void> timer = wiring.scheduler().delay(delay);
    reconnectTimer = timer;
    timer.thenRun(() -> reconnectNow(timer));
  }

  private synchronized void reconnectNow(CompletableFuture<Void> timer) {
    if (timer == reconnectTimer && state == State.RECONNECTING) {
      reconnectTimer = null;
      connect();
    }
  }

  /** After {@code 4401}: renewable credentials are renewed once, then the engine reconnects. */
  private void renew(GqlLink link, int code, String reason) {
    if (!(wiring.credentials() instanceof RenewableCredentials renewable)
        || renewedSinceAcknowledged) {
      endAll(code, reason, CloseKind.UNAUTHORIZED);
      return;
    }
    renewedSinceAcknowledged = true;
    state = State.RECONNECTING;
    Map<String, String> rejected = link.headers;
    Futures.start(() -> renewable.renewAfterRejectionAsync(rejected))
        .whenComplete(
            (renewed, failure) ->
                renewed(Boolean.TRUE.equals(renewed) && failure == null, code, reason));
  }

  private synchronized void renewed(boolean renewed, int code, String reason) {
    if (state != State.RECONNECTING || reconnectTimer != null) {
      return;
    }
    if (renewed && !live.isEmpty()) {
      connect();
    } else {
      endAll(code, reason, CloseKind.UNAUTHORIZED);
    }
  }

  /** Ends every operation for good; a later {@link #start} opens a new connection. */
  private void endAll(int code, String reason, CloseKind kind) {
    List<Slot> slots = new ArrayList<>(live.values());
    live.clear();
    byId.clear();
    cancelReconnect();
    dropConnection(1000, null);
    state = State.IDLE;
    lastEnd = null;
    for (Slot slot : slots) {
      slot.operation.ended(code, reason, kind);
    }
  }

  // ------------------------------------------------------------------ helpers

  private void subscribe(GqlLink link, Slot slot) {
    String id = Long.toString(++ids);
    slot.id = id;
    byId.put(id, slot);
    Long from = slot.operation.resumeFrom();
    send(link, GqlFrames.subscribe(id, slot.operation.request(), from), "subscribe " + id);
    if (slot.subscribedBefore) {
      LastEnd end = lastEnd;
      if (end == null) {
        slot.operation.resubscribed(
            from != null, 0, "consumer buffer full", CloseKind.CLIENT_OVERFLOW);
      } else {
        slot.operation.resubscribed(from != null, end.code(), end.reason(), end.kind());
      }
    }
    slot.subscribedBefore = true;
  }

  /** Takes an operation off the connection, telling the server ({@code complete}) if it runs it. */
  private void unsubscribe(Slot slot) {
    if (slot.id == null) {
      return;
    }
    String id = slot.id;
    forget(slot);
    if (state == State.OPEN) {
      send(current, GqlFrames.complete(id), "complete " + id);
    }
  }

  private void forget(Slot slot) {
    if (slot.id != null) {
      byId.remove(slot.id);
      slot.id = null;
    }
    if (!slot.paused) {
      live.remove(slot.operation);
    }
  }

  /** Closes the connection ({@code 1000}) once no operation needs it. */
  private void closeIfUnused() {
    if (!live.isEmpty() || state == State.CLOSED) {
      return;
    }
    cancelReconnect();
    dropConnection(1000, null);
    state = State.IDLE;
  }

  private void dropConnection(int code, String reason) {
    GqlLink link = current;
    current = null;
    if (link != null && !link.ended) {
      link.ended = true;
      link.cancelTimers();
      if (link.socket != null) {
        link.socket.close(code, reason);
      }
    }
  }

  private void cancelReconnect() {
    if (reconnectTimer != null) {
      reconnectTimer.cancel(false);
      reconnectTimer = null;
    }
  }

  private boolean send(GqlLink link, String frame, String what) {
    if (link == null || link.ended || link.socket == null) {
      return false;
    }
    LOG.trace("GraphQL subscriptions sent {}", what);
    return link.socket.send(frame);
  }
}
