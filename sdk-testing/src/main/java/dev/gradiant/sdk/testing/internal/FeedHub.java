package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The live feed's channels (followed by feed connections and GraphQL subscriptions): per channel a
 * {@code seq} counter, the last {@value #HISTORY} durable events (for {@code resumeFrom}) and the
 * connections subscribed to it. The REST handlers publish here while holding the {@link Store}'s
 * monitor, so a feed event and the REST state it describes change together; callers that hold both
 * take the store's monitor first.
 */
public final class FeedHub {
  /** How many durable events each channel keeps for {@code resumeFrom} (the contract's floor). */
  static final int HISTORY = 1_000;

  private final Map<String, Log> channels = new HashMap<>();
  private final Set<FeedConnection> connections = new LinkedHashSet<>();
  private final Set<GraphqlSocket> graphqlSockets = new LinkedHashSet<>();
  private final Ids ids;
  private final FrameGate gate = new FrameGate();

  /**
   * @param ids the source of the ids of events that have no webhook twin
   */
  public FeedHub(Ids ids) {
    this.ids = ids;
  }

  private static final class Log {
    long seq;
    final ArrayDeque<ObjectNode> history = new ArrayDeque<>();
    final Set<Subscriber> subscribers = new LinkedHashSet<>();
  }

  /** What follows a channel's durable events: a feed connection, or a GraphQL subscription. */
  interface Subscriber {
    /**
     * A durable event of the channel (hub's lock held).
     *
     * @param frame the event as the feed sends it
     * @param text the same, as JSON text
     */
    void event(ObjectNode frame, String text);
  }

  /** {@return the gate every frame sent on the hub's connections passes} */
  FrameGate gate() {
    return gate;
  }

  /** {@return a new event id, for a change that fires no webhook} */
  String nextEventId() {
    return ids.next("evt");
  }

  /**
   * Appends a durable event to a channel and sends it to the channel's subscribers.
   *
   * @param channel e.g. {@code bookings:user_123}
   * @param type the frame's {@code type}
   * @param eventId the event's id (a webhook's twin has the webhook's id)
   * @param at when the change happened
   * @param fill adds the event's own fields ({@code event}, {@code data})
   */
  synchronized void publish(
      String channel, String type, String eventId, Instant at, Consumer<ObjectNode> fill) {
    Log log = channels.computeIfAbsent(channel, k -> new Log());
    ObjectNode frame = Json.object();
    frame.put("type", type);
    frame.put("channel", channel);
    frame.put("seq", ++log.seq);
    frame.put("id", eventId);
    frame.put("createdAt", Times.format(at));
    fill.accept(frame);
    log.history.addLast(frame);
    if (log.history.size() > HISTORY) {
      log.history.removeFirst();
    }
    String text = text(frame);
    for (Subscriber subscriber : List.copyOf(log.subscribers)) {
      subscriber.event(frame, text);
    }
  }

  /** Sends an ephemeral event (typing, signalling) to a channel's subscribers but {@code from}. */
  synchronized void relay(String channel, ObjectNode frame, FeedConnection from) {
    Log log = channels.get(channel);
    if (log == null) {
      return;
    }
    String text = text(frame);
    for (Subscriber subscriber : log.subscribers) {
      if (subscriber != from && subscriber instanceof FeedConnection connection) {
        connection.send(text);
      }
    }
  }

  /**
   * Subscribes a connection: answers {@code subscribed} with the channel's latest {@code seq}, then
   * replays the retained events after {@code resumeFrom}, or sends {@code resync_required} when
   * they are not all retained. Events published later follow, so none is lost or repeated.
   */
  synchronized void subscribe(
      FeedConnection connection, String channel, Long resumeFrom, String ref) {
    Log log = channels.computeIfAbsent(channel, k -> new Log());
    log.subscribers.add(connection);
    ObjectNode subscribed = Json.object().put("type", "subscribed");
    putRef(subscribed, ref);
    subscribed.put("channel", channel).put("seq", log.seq);
    if (resumeFrom != null) {
      subscribed.put("resumeFrom", resumeFrom);
    }
    connection.send(text(subscribed));
    if (resumeFrom == null || resumeFrom == log.seq || channel.startsWith("calls:")) {
      return;
    }
    long oldest = log.history.isEmpty() ? log.seq + 1 : log.history.peekFirst().get("seq").asLong();
    if (resumeFrom > log.seq || resumeFrom + 1 < oldest) {
      ObjectNode resync = Json.object().put("type", "resync_required");
      putRef(resync, ref);
      resync.put("channel", channel).put("seq", log.seq).put("resumeFrom", resumeFrom);
      resync.put("reason", resumeFrom > log.seq ? "history_reset" : "history_expired");
      connection.send(text(resync));
      return;
    }
    for (ObjectNode event : log.history) {
      if (event.get("seq").asLong() > resumeFrom) {
        connection.send(text(event));
      }
    }
  }

  /**
   * Makes a GraphQL subscription follow a channel: the retained events after {@code resumeFrom} are
   * handed to it first, or {@code resync} is called with the channel's latest {@code seq} when they
   * are not all retained; events published later follow.
   *
   * @param subscriber the subscription
   * @param channel e.g. {@code bookings:user_123}
   * @param resumeFrom the last {@code seq} it received, or {@code null} for live events only
   * @param resync called (hub's lock held) when the events after {@code resumeFrom} are gone
   */
  synchronized void follow(
      Subscriber subscriber,
      String channel,
      Long resumeFrom,
      java.util.function.LongConsumer resync) {
    Log log = channels.computeIfAbsent(channel, k -> new Log());
    log.subscribers.add(subscriber);
    if (resumeFrom == null || resumeFrom == log.seq) {
      return;
    }
    long oldest = log.history.isEmpty() ? log.seq + 1 : log.history.peekFirst().get("seq").asLong();
    if (resumeFrom > log.seq || resumeFrom + 1 < oldest) {
      resync.accept(log.seq);
      return;
    }
    for (ObjectNode event : List.copyOf(log.history)) {
      if (event.get("seq").asLong() > resumeFrom) {
        subscriber.event(event, text(event));
      }
    }
  }

  /** Ends a subscriber's following of a channel. */
  synchronized void unfollow(Subscriber subscriber, String channel) {
    Log log = channels.get(channel);
    if (log != null) {
      log.subscribers.remove(subscriber);
    }
  }

  /** Ends a connection's subscription to a channel. */
  synchronized void unsubscribe(FeedConnection connection, String channel) {
    Log log = channels.get(channel);
    if (log != null) {
      log.subscribers.remove(connection);
    }
  }

  /** Registers an open connection. */
  synchronized void opened(FeedConnection connection) {
    connections.add(connection);
  }

  /** Forgets a connection that ended, and its subscriptions. */
  synchronized void ended(FeedConnection connection) {
    connections.remove(connection);
    for (Log log : channels.values()) {
      log.subscribers.remove(connection);
    }
  }

  /** Registers an open GraphQL connection. */
  synchronized void openedGraphql(GraphqlSocket socket) {
    graphqlSockets.add(socket);
  }

  /** Forgets a GraphQL connection that ended. */
  synchronized void endedGraphql(GraphqlSocket socket) {
    graphqlSockets.remove(socket);
  }

  /** {@return the open GraphQL connections} */
  synchronized List<GraphqlSocket> graphqlSockets() {
    return new ArrayList<>(graphqlSockets);
  }

  /** {@return the open connections} */
  synchronized List<FeedConnection> connections() {
    return new ArrayList<>(connections);
  }

  static void putRef(ObjectNode frame, String ref) {
    if (ref != null) {
      frame.put("ref", ref);
    }
  }

  static String text(ObjectNode frame) {
    return new String(Json.bytes(frame), StandardCharsets.UTF_8);
  }
}
