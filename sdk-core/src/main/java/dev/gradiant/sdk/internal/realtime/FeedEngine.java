package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.config.UserAgent;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.internal.realtime.CloseCodes.Rule;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.CloseReason;
import dev.gradiant.sdk.realtime.CloseReason.Kind;
import dev.gradiant.sdk.realtime.ConnectionState;
import dev.gradiant.sdk.realtime.FeedError;
import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeException;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import dev.gradiant.sdk.realtime.RealtimeListener;
import dev.gradiant.sdk.realtime.RealtimeOverflowException;
import dev.gradiant.sdk.realtime.ResyncRequired;
import dev.gradiant.sdk.realtime.StateChange;
import dev.gradiant.sdk.realtime.Subscribed;
import dev.gradiant.sdk.realtime.UnknownEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.WebSocket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed's state machine: one connection at a time, authenticated with the client's credentials
 * (read again for every connection), its channels subscribed again after every reconnect from the
 * position of its slowest consumer, its chat messages sent again until accepted, heartbeats, and
 * close codes turned into reconnects or an end. Every method runs under this object's lock, on
 * whichever thread calls it (the socket's reader, the scheduler's, the application's); none of them
 * blocks or calls the application, which only the {@link Delivery} threads do: the consumers on
 * one, the futures it returns completed on another, so that a consumer may wait for one.
 */
final class FeedEngine {
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeFeed.class);

  /** Silence after a {@code ping} (or the {@code auth} message) that makes a connection dead. */
  static final Duration DEAD_AFTER = Duration.ofSeconds(10);

  /**
   * An error code as the contract writes them (UPPER_SNAKE): only such a code reaches a message.
   */
  private static final Pattern ERROR_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  /** The heartbeat interval when {@code authenticated} names none. */
  static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(25);

  private final FeedWiring wiring;
  private final Delivery delivery;
  private final Delivery replies = new Delivery(Delivery.REPLIES);
  private final ReconnectDelays delays;
  private final List<Sink> sinks = new ArrayList<>();
  private final Map<Channel, CompletableFuture<Subscribed>> channels = new LinkedHashMap<>();
  private final Map<Channel, Long> received = new HashMap<>();
  private final Map<String, Awaiting> awaiting = new LinkedHashMap<>();

  /**
   * Channels unsubscribed whose events must not reach a consumer: from {@code unsubscribe} until a
   * new subscription of the channel is acknowledged (the server may send events of the old one
   * until it reads the {@code unsubscribe}).
   */
  private final Set<Channel> quiet = new HashSet<>();

  private ConnectionState state = ConnectionState.IDLE;
  private CloseReason endReason;
  private Connection current;
  private CompletableFuture<Void> reconnectTimer;
  private Instant authenticatedAt;
  private boolean renewedSinceAuthenticated;
  private boolean waitingForConsumers;
  private Long retryAfterSeconds;
  private long refs;

  FeedEngine(FeedWiring wiring, Delivery delivery) {
    this.wiring = wiring;
    this.delivery = delivery;
    this.delays = new ReconnectDelays(wiring.jitter());
  }

  // ------------------------------------------------------------------ the application's requests

  synchronized ConnectionState state() {
    return state;
  }

  synchronized CompletableFuture<Subscribed> subscribe(Channel channel) {
    if (endReason != null) {
      return CompletableFuture.failedFuture(ended("subscribe", channel));
    }
    CompletableFuture<Subscribed> existing = channels.get(channel);
    if (existing != null) {
      return existing.copy();
    }
    CompletableFuture<Subscribed> acknowledged = new CompletableFuture<>();
    channels.put(channel, acknowledged);
    if (state == ConnectionState.OPEN) {
      sendSubscribe(current, channel, null);
    } else {
      connectIfIdle();
    }
    return acknowledged.copy();
  }

  synchronized CompletableFuture<Void> unsubscribe(Channel channel) {
    CompletableFuture<Subscribed> subscription = channels.remove(channel);
    if (subscription == null) {
      return CompletableFuture.completedFuture(null);
    }
    quiet.add(channel);
    for (Sink sink : sinks) {
      sink.withdraw(channel);
    }
    // a late answer to this subscription must not answer a newer one of the channel
    awaiting
        .values()
        .removeIf(
            request ->
                request instanceof Awaiting.Subscription pending
                    && pending.channel().equals(channel));
    forget(channel);
    if (!subscription.isDone()) {
      failLater(
          subscription,
          new RealtimeException(
              "Unsubscribed before the server acknowledged the subscription", null, null, channel));
    }
    if (state != ConnectionState.OPEN) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    String ref = nextRef("u");
    awaiting.put(ref, new Awaiting.Unsubscription(channel, done));
    send(current, Frames.unsubscribe(ref, channel), "unsubscribe");
    return done.copy();
  }

  synchronized CompletableFuture<Message> sendMessage(String ref, String frame) {
    if (endReason != null) {
      return CompletableFuture.failedFuture(ended("send a message", null));
    }
    CompletableFuture<Message> accepted = new CompletableFuture<>();
    awaiting.put(ref, new Awaiting.ChatSend(frame, accepted));
    if (state == ConnectionState.OPEN) {
      send(current, frame, "message");
    } else {
      connectIfIdle();
    }
    return accepted.copy();
  }

  /** Sends a frame that is worth nothing later (typing, signals) if the feed is open now. */
  synchronized boolean sendNow(String frame, String what) {
    if (state != ConnectionState.OPEN) {
      return false;
    }
    return send(current, frame, what);
  }

  synchronized String nextRef(String prefix) {
    return prefix + (++refs);
  }

  synchronized void addListener(RealtimeListener listener) {
    ListenerSink sink = new ListenerSink(listener, wiring.bufferCapacity(), delivery, this);
    join(sink);
    if (endReason != null) {
      sink.signal(StateChange.of(ConnectionState.CLOSED, endReason, null));
    }
  }

  synchronized void removeListener(RealtimeListener listener) {
    sinks.removeIf(sink -> sink instanceof ListenerSink l && l.listener() == listener);
    resumeIfConsumersCaughtUp();
  }

  void addSubscriber(Flow.Subscriber<? super RealtimeEvent> subscriber) {
    CloseReason ended;
    synchronized (this) {
      ended = endReason;
      if (ended == null) {
        join(new SubscriberSink(subscriber, wiring.bufferCapacity(), delivery, this));
        return;
      }
    }
    // The feed is over and its delivery thread may be gone: tell the subscriber here, on the
    // caller's thread, onSubscribe first (Reactive Streams rule 1.9).
    try {
      subscriber.onSubscribe(EndedSubscription.INSTANCE);
      if (ended.kind() == Kind.CLIENT_CLOSED) {
        subscriber.onComplete();
      } else {
        subscriber.onError(endFailure(ended));
      }
    } catch (RuntimeException e) {
      // Reactive Streams rule 2.13: a subscriber must not throw; there is nothing to cancel
      LOG.warn("A realtime subscriber threw {}; it is ignored", e.getClass().getName());
    }
  }

  private void join(Sink sink) {
    sink.positions.putAll(received);
    sinks.add(sink);
  }

  synchronized void remove(Sink sink) {
    sinks.remove(sink);
    resumeIfConsumersCaughtUp();
  }

  /** Ends the feed for good at the application's request: close {@code 1000}, no reconnect. */
  void close() {
    synchronized (this) {
      if (endReason == null || endReason.kind() != Kind.CLIENT_CLOSED) {
        CloseReason reason = CloseReason.of(1000, "client closed", Kind.CLIENT_CLOSED, false);
        boolean alreadyEnded = endReason != null;
        endReason = reason;
        if (!alreadyEnded) {
          stop(reason, new RealtimeException("The realtime feed was closed", null, reason));
        }
        for (Sink sink : sinks) {
          if (sink instanceof SubscriberSink) {
            // nothing lost: a subscriber gets what is buffered, as it requests it, then the end
            sink.endAfterBuffered(new Sink.End(null));
          }
        }
        sinks.clear();
      }
    }
    delivery.shutdown();
    replies.shutdown();
    wiring.sockets().close();
  }

  // ------------------------------------------------------------------ connecting

  private void connectIfIdle() {
    if (state == ConnectionState.IDLE) {
      connect();
    }
  }

  private void connect() {
    if (wiring.credentials() == null) {
      CloseReason reason = CloseReason.of(4401, "no credentials", Kind.UNAUTHORIZED, false);
      stop(reason, new RealtimeException("The client was built without credentials", null, reason));
      return;
    }
    changeState(ConnectionState.CONNECTING, null, null);
    Connection connection = new Connection(this);
    current = connection;
    LOG.debug("Realtime feed connecting to {}", RealtimeUrl.display(wiring.url()));
    Request request =
        new Request.Builder().url(wiring.url()).header("User-Agent", UserAgent.value()).build();
    try {
      connection.socket = wiring.sockets().open(request, connection);
    } catch (IllegalStateException e) {
      connection.ended = true;
    }
  }

  synchronized void opened(Connection connection, WebSocket socket) {
    if (connection != current || connection.ended) {
      socket.cancel();
      return;
    }
    connection.socket = socket;
    Futures.start(wiring.credentials()::authHeadersAsync)
        .whenComplete((headers, failure) -> authenticate(connection, headers, failure));
  }

  private synchronized void authenticate(
      Connection connection, Map<String, String> headers, Throwable failure) {
    if (connection != current || connection.ended) {
      return;
    }
    if (failure != null) {
      Throwable cause = Futures.unwrap(failure);
      LOG.debug("Realtime feed could not obtain credentials: {}", cause.getClass().getName());
      if (cause instanceof AuthenticationException) {
        lost(connection, 4401, "credentials refused", Kind.UNAUTHORIZED, false);
      } else {
        lost(connection, CloseCodes.ABNORMAL, "credentials unavailable", Kind.NETWORK, true);
      }
      return;
    }
    String token = headers == null ? null : FeedToken.from(headers);
    if (token == null) {
      lost(connection, 4401, "no bearer token or API key", Kind.UNAUTHORIZED, false);
      return;
    }
    connection.headers = Map.copyOf(headers);
    send(connection, Frames.auth(nextRef("a"), token), "auth");
    long seen = connection.received;
    connection.deadTimer = wiring.scheduler().delay(DEAD_AFTER);
    connection.deadTimer.thenRun(() -> checkAlive(connection, seen));
  }

  // ------------------------------------------------------------------ what the server sends

  void received(Connection connection, String text) {
    InboundFrame frame = InboundFrame.read(text);
    synchronized (this) {
      if (connection != current || connection.ended) {
        return;
      }
      connection.received++;
      if (frame.violation() != null) {
        violated(connection, frame.violation());
        return;
      }
      if (LOG.isTraceEnabled()) {
        LOG.trace(
            "Realtime feed received {}{}",
            frame.type(),
            frame.seq() == InboundFrame.NO_SEQ ? "" : " seq " + frame.seq());
      }
      switch (frame.type()) {
        case "authenticated" -> authenticated(connection, frame);
        case "subscribed" -> subscribed(frame, frame.seq());
        case "unsubscribed" -> unsubscribed(frame);
        case ResyncRequired.TYPE -> resync(frame);
        case "message_accepted" -> accepted(frame);
        case FeedError.TYPE -> error(frame);
        case "pong" -> {
          // any frame proves the connection alive
        }
        default -> deliver(frame, EventDecoder.decode(frame), false);
      }
    }
  }

  /**
   * The server broke the contract (a {@code seq} out of range): the frame is not used, the
   * connection is closed with {@code 1002} (RFC 6455's protocol error) and replaced after a
   * backoff, resuming every channel from the last event delivered, as the contract says.
   */
  private void violated(Connection connection, String what) {
    LOG.debug("Realtime feed closes the connection: the server sent {}", what);
    connection.ended = true;
    connection.cancelTimers();
    connection.socket.close(CloseCodes.PROTOCOL_ERROR, "protocol error");
    afterEnd(connection, CloseCodes.PROTOCOL_ERROR, "protocol error", backoff(Kind.PROTOCOL_ERROR));
  }

  synchronized void receivedBinary(Connection connection) {
    if (connection == current && !connection.ended) {
      connection.received++;
      LOG.debug("Realtime feed ignored a binary frame (the contract sends text only)");
    }
  }

  private void authenticated(Connection connection, InboundFrame frame) {
    connection.authenticated = true;
    if (connection.deadTimer != null) {
      connection.deadTimer.cancel(false);
    }
    authenticatedAt = wiring.clock().instant();
    renewedSinceAuthenticated = false;
    retryAfterSeconds = null;
    long interval = frame.json().path("heartbeatIntervalMs").asLong(0);
    connection.heartbeat = interval >= 1000 ? Duration.ofMillis(interval) : DEFAULT_HEARTBEAT;
    Map<Channel, Long> resume = new LinkedHashMap<>();
    for (Channel channel : channels.keySet()) {
      resume.put(channel, resumePosition(channel));
    }
    for (Sink sink : sinks) {
      sink.overflowed = false;
    }
    waitingForConsumers = false;
    quiet.retainAll(channels.keySet()); // a new connection carries no old subscription
    awaiting.values().removeIf(request -> !(request instanceof Awaiting.ChatSend));
    changeState(ConnectionState.OPEN, null, null);
    resume.forEach((channel, from) -> sendSubscribe(connection, channel, from));
    awaiting.forEach(
        (ref, request) -> {
          if (request instanceof Awaiting.ChatSend chat) {
            send(connection, chat.frame(), "message");
          }
        });
    schedulePing(connection);
  }

  /**
   * The {@code seq} to resume a channel from: the lowest position among the consumers (one that
   * overflowed is behind the others), never above what the feed received.
   */
  private Long resumePosition(Channel channel) {
    Long from = received.get(channel);
    if (from == null || !channel.durable()) {
      return null;
    }
    for (Sink sink : sinks) {
      Long position = sink.positions.get(channel);
      if (position != null && position < from) {
        from = position;
      }
    }
    return from;
  }

  /**
   * A subscription was acknowledged ({@code subscribed}, or {@code resync_required} in its place).
   *
   * @return whether it answers a subscription that still stands: not one the application
   *     unsubscribed since (its {@code ref} is then no longer awaited), which must not complete a
   *     newer subscription of the channel or end its quiet
   */
  private boolean subscribed(InboundFrame frame, long seq) {
    Awaiting request = frame.ref() == null ? null : awaiting.remove(frame.ref());
    Channel channel = frame.channel();
    if (channel == null || !channels.containsKey(channel)) {
      return false;
    }
    if (frame.ref() != null
        && !(request instanceof Awaiting.Subscription subscription
            && subscription.channel().equals(channel))) {
      return false;
    }
    quiet.remove(channel);
    if (seq >= 0 && !received.containsKey(channel)) {
      received.put(channel, seq);
      for (Sink sink : sinks) {
        sink.positions.putIfAbsent(channel, seq);
      }
    }
    CompletableFuture<Subscribed> acknowledged = channels.get(channel);
    if (!acknowledged.isDone()) {
      completeLater(
          acknowledged, Subscribed.builder().channel(channel).seq(Math.max(seq, 0)).build());
    }
    return true;
  }

  private void unsubscribed(InboundFrame frame) {
    if (awaiting.remove(frame.ref()) instanceof Awaiting.Unsubscription request) {
      completeLater(request.done(), null);
    }
  }

  private void resync(InboundFrame frame) {
    Channel channel = frame.channel();
    if (channel == null || frame.seq() == InboundFrame.NO_SEQ) {
      deliver(frame, UnknownEvent.builder().type(frame.type()).json(frame.text()).build(), false);
      return;
    }
    if (quiet.contains(channel)) {
      return; // of a subscription the application ended
    }
    received.put(channel, frame.seq());
    subscribed(frame, frame.seq());
    String reason = frame.string("reason");
    deliver(
        frame,
        ResyncRequired.builder()
            .channel(channel)
            .seq(frame.seq())
            .reason(reason == null ? "" : reason)
            .build(),
        true);
  }

  private void accepted(InboundFrame frame) {
    if (!(awaiting.get(frame.ref()) instanceof Awaiting.ChatSend chat)) {
      return;
    }
    awaiting.remove(frame.ref());
    try {
      completeLater(
          chat.done(), Json.mapper().treeToValue(frame.json().get("data"), Message.class));
    } catch (Exception e) {
      failLater(
          chat.done(),
          new RealtimeException(
              "The message was accepted, but its answer was unreadable", null, null));
    }
  }

  private void error(InboundFrame frame) {
    String code = frame.json().path("error").path("code").asText("");
    String message = frame.json().path("error").path("message").asText("");
    if (frame.json().path("retryAfter").canConvertToInt()) {
      retryAfterSeconds = frame.json().path("retryAfter").asLong();
    }
    Awaiting request = frame.ref() == null ? null : awaiting.remove(frame.ref());
    if (request instanceof Awaiting.ChatSend chat) {
      failLater(chat.done(), refused("the message", code, null));
    } else if (request instanceof Awaiting.Subscription subscription) {
      CompletableFuture<Subscribed> acknowledged = channels.remove(subscription.channel());
      forget(subscription.channel());
      if (acknowledged != null) {
        failLater(acknowledged, refused("the subscription", code, subscription.channel()));
      }
    } else if (request instanceof Awaiting.Unsubscription unsubscription) {
      failLater(
          unsubscription.done(), refused("the unsubscription", code, unsubscription.channel()));
    } else {
      deliver(frame, FeedError.builder().code(code).message(message).build(), false);
    }
  }

  /** The message names the code, never the channel or the server's text (personal data). */
  private static RealtimeException refused(String what, String code, Channel channel) {
    String shown = ERROR_CODE.matcher(code).matches() ? code : "(a code outside the contract)";
    return new RealtimeException("The server refused " + what + ": " + shown, code, null, channel);
  }

  /**
   * Offers an event to every consumer; a full buffer applies the overflow policy. An event of an
   * unsubscribed channel reaches none.
   */
  private void deliver(InboundFrame frame, RealtimeEvent event, boolean resync) {
    Channel channel = frame.channel();
    if (channel != null && quiet.contains(channel)) {
      LOG.trace("Realtime feed dropped a {} of an unsubscribed channel", event.type());
      return;
    }
    boolean durable = resync || frame.durable();
    long seq = durable ? frame.seq() : InboundFrame.NO_SEQ;
    if (durable) {
      Long last = received.get(channel);
      if (last == null || seq > last) {
        received.put(channel, seq);
      }
    }
    boolean overflow = false;
    for (Sink sink : sinks) {
      if (sink.offer(event, channel, seq, resync) == Sink.Offer.FULL) {
        if (!durable && !wiring.failOnOverflow()) {
          LOG.debug("Realtime feed dropped a {} for a consumer whose buffer is full", event.type());
        } else {
          sink.overflowed = true;
          overflow = true;
        }
      }
    }
    if (overflow) {
      overflowed();
    }
  }

  private void overflowed() {
    if (wiring.failOnOverflow()) {
      CloseReason reason =
          CloseReason.of(1000, "consumer buffer full", Kind.CLIENT_OVERFLOW, false);
      stop(
          reason,
          new RealtimeOverflowException(
              "A consumer of the realtime feed fell behind: its buffer of "
                  + wiring.bufferCapacity()
                  + " events is full (OverflowPolicy.FAIL)",
              reason));
      return;
    }
    if (waitingForConsumers || current == null || current.ended) {
      return;
    }
    waitingForConsumers = true;
    Connection connection = current;
    connection.ended = true;
    connection.cancelTimers();
    connection.socket.close(1000, "consumer buffer full");
    unsubscribedByTheEnd();
    LOG.debug("Realtime feed paused: a consumer's buffer is full; it resumes once drained");
    changeState(
        ConnectionState.RECONNECTING,
        CloseReason.of(1000, "consumer buffer full", Kind.CLIENT_OVERFLOW, true),
        null);
  }

  /** A consumer worked its buffer down: reconnect if it was the last one holding the feed up. */
  synchronized void consumerDrained() {
    resumeIfConsumersCaughtUp();
  }

  private void resumeIfConsumersCaughtUp() {
    if (!waitingForConsumers || endReason != null || state != ConnectionState.RECONNECTING) {
      return;
    }
    for (Sink sink : sinks) {
      if (sink.behind()) {
        return;
      }
    }
    waitingForConsumers = false;
    connect();
  }

  // ------------------------------------------------------------------ heartbeats

  private void schedulePing(Connection connection) {
    connection.pingTimer = wiring.scheduler().delay(connection.heartbeat);
    connection.pingTimer.thenRun(() -> ping(connection));
  }

  private synchronized void ping(Connection connection) {
    if (connection != current || connection.ended) {
      return;
    }
    long seen = connection.received;
    send(connection, Frames.ping(nextRef("p")), "ping");
    connection.deadTimer = wiring.scheduler().delay(DEAD_AFTER);
    schedulePing(connection);
    connection.deadTimer.thenRun(() -> checkAlive(connection, seen));
  }

  private synchronized void checkAlive(Connection connection, long seen) {
    if (connection != current || connection.ended || connection.received != seen) {
      return;
    }
    LOG.debug(
        "Realtime feed heard nothing for {} s: the connection is dead", DEAD_AFTER.toSeconds());
    lost(connection, CloseCodes.ABNORMAL, "no answer", Kind.DEAD_CONNECTION, true);
  }

  // ------------------------------------------------------------------ the end of a connection

  synchronized void ended(Connection connection, int code, String reason, Kind kind) {
    if (connection != current || connection.ended) {
      return;
    }
    connection.ended = true;
    connection.cancelTimers();
    if (connection.socket != null) {
      connection.socket.cancel();
    }
    afterEnd(connection, code, reason, kind == null ? CloseCodes.of(code) : backoff(kind));
  }

  /** Drops a connection the feed gave up on (dead, or unusable credentials). */
  private void lost(Connection connection, int code, String reason, Kind kind, boolean reconnect) {
    connection.ended = true;
    connection.cancelTimers();
    if (connection.socket != null) {
      connection.socket.cancel();
    }
    Rule rule = reconnect ? backoff(kind) : new Rule(kind, CloseCodes.Action.STOP);
    afterEnd(connection, code, reason, rule);
  }

  private static Rule backoff(Kind kind) {
    return new Rule(kind, CloseCodes.Action.BACKOFF);
  }

  private void afterEnd(Connection connection, int code, String reason, Rule rule) {
    if (endReason != null) {
      return;
    }
    unsubscribedByTheEnd();
    if (connection.authenticated
        && authenticatedAt != null
        && !wiring.clock().instant().isBefore(authenticatedAt.plus(ReconnectDelays.STABLE))) {
      delays.reset();
    }
    LOG.debug("Realtime feed connection ended: {} {}", code, rule.kind());
    switch (rule.action()) {
      case STOP -> {
        CloseReason end = CloseReason.of(code, reason, rule.kind(), false);
        stop(end, endFailure(end));
      }
      case RENEW_ONCE -> renew(connection, code, reason);
      case AT_ONCE -> reconnectAfter(delays.atOnce(), code, reason, rule.kind());
      case BACKOFF -> reconnectAfter(delays.next(ReconnectDelays.BASE), code, reason, rule.kind());
      case BACKOFF_FROM_5S ->
          reconnectAfter(delays.next(ReconnectDelays.OVERLOADED_BASE), code, reason, rule.kind());
      case AFTER_RETRY_AFTER ->
          reconnectAfter(
              retryAfterSeconds != null
                  ? Duration.ofSeconds(retryAfterSeconds)
                  : delays.next(ReconnectDelays.BASE),
              code,
              reason,
              rule.kind());
    }
  }

  private void reconnectAfter(Duration delay, int code, String reason, Kind kind) {
    changeState(ConnectionState.RECONNECTING, CloseReason.of(code, reason, kind, true), delay);
    CompletableFuture<Void> timer = wiring.scheduler().delay(delay);
    reconnectTimer = timer;
    timer.thenRun(() -> reconnectNow(timer));
  }

  private synchronized void reconnectNow(CompletableFuture<Void> timer) {
    if (timer == reconnectTimer && endReason == null && state == ConnectionState.RECONNECTING) {
      connect();
    }
  }

  /**
   * An {@code unsubscribe} still unanswered when its connection ends is done: the server forgets a
   * connection's subscriptions with it, and the channel is not subscribed again on the next one.
   */
  private void unsubscribedByTheEnd() {
    awaiting
        .values()
        .removeIf(
            request -> {
              if (request instanceof Awaiting.Unsubscription unsubscription) {
                completeLater(unsubscription.done(), null);
                return true;
              }
              return false;
            });
  }

  /** After {@code 4401}: renewable credentials are renewed once, then the feed reconnects. */
  private void renew(Connection connection, int code, String reason) {
    if (!(wiring.credentials() instanceof RenewableCredentials renewable)
        || renewedSinceAuthenticated) {
      CloseReason end = CloseReason.of(code, reason, Kind.UNAUTHORIZED, false);
      stop(end, endFailure(end));
      return;
    }
    renewedSinceAuthenticated = true;
    CloseReason close = CloseReason.of(code, reason, Kind.UNAUTHORIZED, true);
    changeState(ConnectionState.RECONNECTING, close, null);
    Map<String, String> rejected = connection.headers;
    Futures.start(() -> renewable.renewAfterRejectionAsync(rejected))
        .whenComplete(
            (renewed, failure) ->
                renewed(Boolean.TRUE.equals(renewed) && failure == null, code, reason));
  }

  private synchronized void renewed(boolean renewed, int code, String reason) {
    if (endReason != null || state != ConnectionState.RECONNECTING) {
      return;
    }
    if (renewed) {
      connect();
    } else {
      CloseReason end = CloseReason.of(code, reason, Kind.UNAUTHORIZED, false);
      stop(end, endFailure(end));
    }
  }

  /** Ends the feed: no reconnect; what waits for an answer fails; consumers learn why. */
  private void stop(CloseReason reason, RealtimeException failure) {
    if (endReason == null || endReason == reason) {
      endReason = reason;
    }
    if (reconnectTimer != null) {
      reconnectTimer.cancel(false);
    }
    Connection connection = current;
    if (connection != null && !connection.ended) {
      connection.ended = true;
      connection.cancelTimers();
      if (connection.socket != null) {
        connection.socket.close(1000, reason.kind() == Kind.CLIENT_CLOSED ? "client closed" : null);
      }
    }
    for (CompletableFuture<Subscribed> acknowledged : channels.values()) {
      if (!acknowledged.isDone()) {
        failLater(acknowledged, failure);
      }
    }
    for (Awaiting request : awaiting.values()) {
      if (request instanceof Awaiting.ChatSend chat) {
        failLater(chat.done(), failure);
      } else if (request instanceof Awaiting.Unsubscription unsubscription) {
        failLater(unsubscription.done(), failure);
      }
    }
    awaiting.clear();
    changeState(ConnectionState.CLOSED, reason, null);
    if (reason.kind() != Kind.CLIENT_CLOSED) {
      for (Sink sink : sinks) {
        if (sink instanceof SubscriberSink) {
          sink.end(new Sink.End(failure));
        }
      }
      sinks.removeIf(sink -> sink instanceof SubscriberSink);
    }
  }

  private static RealtimeException endFailure(CloseReason reason) {
    return new RealtimeException("The realtime feed ended: " + reason, null, reason);
  }

  private RealtimeException ended(String what, Channel channel) {
    return new RealtimeException(
        "Cannot " + what + ": the realtime feed ended (" + endReason + ")",
        null,
        endReason,
        channel);
  }

  // ------------------------------------------------------------------ helpers

  private void changeState(ConnectionState next, CloseReason reason, Duration delay) {
    state = next;
    LOG.debug(
        "Realtime feed {}{}{}",
        next,
        reason == null ? "" : " after " + reason,
        delay == null ? "" : ", next attempt in " + delay.toMillis() + " ms");
    StateChange change = StateChange.of(next, reason, delay);
    for (Sink sink : sinks) {
      if (sink instanceof ListenerSink) {
        sink.signal(change);
      }
    }
  }

  private void sendSubscribe(Connection connection, Channel channel, Long resumeFrom) {
    String ref = nextRef("s");
    awaiting.put(ref, new Awaiting.Subscription(channel));
    send(
        connection,
        Frames.subscribe(ref, channel, resumeFrom),
        "subscribe" + (resumeFrom == null ? "" : " resumeFrom " + resumeFrom));
  }

  private boolean send(Connection connection, String frame, String what) {
    if (connection == null || connection.ended || connection.socket == null) {
      return false;
    }
    LOG.trace("Realtime feed sent {}", what);
    return connection.socket.send(frame);
  }

  private void forget(Channel channel) {
    received.remove(channel);
    for (Sink sink : sinks) {
      sink.positions.remove(channel);
    }
  }

  private <T> void completeLater(CompletableFuture<T> future, T value) {
    replies.execute(() -> future.complete(value));
  }

  private void failLater(CompletableFuture<?> future, Throwable failure) {
    replies.execute(() -> future.completeExceptionally(failure));
  }
}
