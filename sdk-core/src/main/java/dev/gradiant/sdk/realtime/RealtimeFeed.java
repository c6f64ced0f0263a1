package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.internal.realtime.FeedWiring;
import dev.gradiant.sdk.internal.realtime.RealtimeFactories;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The live feed, from {@code client.realtime()}: one WebSocket ({@code
 * wss://ws.gradiant.dev/v1/realtime}, or the builder's {@code realtimeUrl}) carrying every
 * subscribed {@link Channel}. It connects at the first {@link #subscribe(Channel)} or message, and
 * stays connected until {@link #close()} (or the client's).
 *
 * <pre>{@code
 * RealtimeFeed feed = client.realtime();
 * feed.addListener(event -> {
 *   if (event instanceof BookingUpdate update) { schedule.refresh(update.booking()); }
 * });
 * feed.subscribe(Channel.bookings("user_123")).join();
 * }</pre>
 *
 * <h2>Authentication</h2>
 *
 * The first message of every connection is {@code auth}, with the token the client's credentials
 * give ({@code Authorization: Bearer}'s token, or the API key), asked for again for every
 * connection, so a renewed token is used. The token is never in the URL, a header of the upgrade, a
 * log line or an exception message. When the server closes with {@code 4401}, {@link
 * dev.gradiant.sdk.core.RenewableCredentials} are renewed and the feed reconnects, once; a second
 * {@code 4401} (or other credentials) ends the feed with {@link CloseReason.Kind#UNAUTHORIZED}.
 *
 * <h2>Reconnects, without loss or repetition</h2>
 *
 * A heartbeat ({@code ping}) goes out every {@code heartbeatIntervalMs} the server names (25 s by
 * default); a connection from which nothing arrives for 10 s after it is dead and dropped. After a
 * close the feed reconnects as {@link CloseReason} says (backoff from 0.5 s to 30 s with full
 * jitter), authenticates, subscribes every channel again, durable ones with {@code resumeFrom} set
 * to the {@code seq} of the last event delivered, and drops any event whose {@code seq} is not
 * above it: each durable event ({@link BookingUpdate}, {@link ChatMessage}) reaches each consumer
 * once, in order. When the server no longer has the events missed, a {@link ResyncRequired} says
 * so. Chat messages not yet accepted are sent again with the same idempotency key, so none is
 * posted twice.
 *
 * <h2>Consumers</h2>
 *
 * {@link #addListener(RealtimeListener)} for blocking code, {@link #events()} for reactive code.
 * Each consumer has a buffer ({@code realtimeBuffer} on the builder, 1,024 events by default) and
 * sees the events that arrive after it was added; when one falls behind, {@link OverflowPolicy}
 * applies. Listeners and subscribers run on one thread of the client, {@code
 * gradiant-realtime-events}; the futures this client returns complete (and run their stages) on
 * another, {@code gradiant-realtime-replies}, so a listener may wait for one (reply to a message
 * with {@code sendMessage(..).join()}); neither is the socket's reader thread.
 *
 * <p>Thread-safe. The client holds at most one socket (with its reader thread) and the two delivery
 * threads; {@link #close()} releases them.
 */
public final class RealtimeFeed implements AutoCloseable {
  /** The most characters of a chat message (the REST contract's limit). */
  static final int MAX_MESSAGE_LENGTH = 5000;

  /** The largest frame the server reads. */
  static final int MAX_FRAME_BYTES = 64 * 1024;

  private final FeedEngine feed;
  private final EventPublisher events;
  private final boolean withoutCredentials;

  static {
    RealtimeFactories.register(RealtimeFeed.class, RealtimeFeed::new);
  }

  /** Created by {@link dev.gradiant.sdk.GradiantClient} through {@link RealtimeFactories}. */
  RealtimeFeed(FeedWiring wiring) {
    this.feed = new FeedEngine(wiring, new Delivery());
    this.events = new EventPublisher(feed);
    this.withoutCredentials = wiring.credentials() == null;
  }

  /**
   * Subscribes to a channel (connecting first if needed). The subscription is renewed after every
   * reconnect until {@link #unsubscribe(Channel)}; subscribing again to the same channel returns
   * the same acknowledgement.
   *
   * @param channel e.g. {@link Channel#bookings(String)}
   * @return completes with the server's acknowledgement; fails with a {@link RealtimeException}
   *     when the server refuses ({@code INSUFFICIENT_PERMISSIONS}, {@code RESOURCE_NOT_FOUND}) or
   *     the feed ends first
   * @throws IllegalStateException if the client was built without credentials
   */
  public CompletableFuture<Subscribed> subscribe(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    requireCredentials();
    return feed.subscribe(channel);
  }

  /**
   * Unsubscribes from a channel; its events stop, and a later subscription starts from live events.
   *
   * @param channel the channel
   * @return completes when the server confirmed, when the connection ends first (the channel is not
   *     subscribed again), or at once when not connected or not subscribed
   */
  public CompletableFuture<Void> unsubscribe(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return feed.unsubscribe(channel);
  }

  /**
   * Posts a text message to a conversation (connecting first if needed). It carries an idempotency
   * key of its own, sent again with it after a reconnect until the server accepts it, so it is
   * posted once.
   *
   * @param conversationId the conversation
   * @param content the text, 1 to 5,000 characters
   * @return completes with the stored message when the server accepts it ({@code
   *     message_accepted}); fails with a {@link RealtimeException} when refused or when the feed
   *     ends first
   * @throws IllegalArgumentException if the text is blank or too long
   * @throws IllegalStateException if the client was built without credentials
   */
  public CompletableFuture<Message> sendMessage(String conversationId, String content) {
    Channel.conversation(conversationId);
    Objects.requireNonNull(content, "content");
    if (content.isBlank() || content.length() > MAX_MESSAGE_LENGTH) {
      throw new IllegalArgumentException(
          "content must hold 1 to " + MAX_MESSAGE_LENGTH + " characters and not be blank");
    }
    requireCredentials();
    String ref = feed.nextRef("m");
    String frame = Frames.message(ref, conversationId, content, UUID.randomUUID().toString());
    if (frame.getBytes(StandardCharsets.UTF_8).length > MAX_FRAME_BYTES) {
      throw new IllegalArgumentException("content makes a frame larger than 64 KiB");
    }
    return feed.sendMessage(ref, frame);
  }

  /**
   * Tells a conversation's other participants that the caller is (or stopped) typing. Ephemeral:
   * sent only if the feed is open now, never queued or sent again. Receivers take an indicator not
   * renewed for 10 s as stopped: while typing, call it again every 5 s.
   *
   * @param conversationId the conversation
   * @param typing whether the caller is typing
   * @return whether it was handed to the connection
   */
  public boolean sendTyping(String conversationId, boolean typing) {
    Channel.conversation(conversationId);
    return feed.sendNow(Frames.typing(conversationId, typing), "typing");
  }

  /**
   * Sends a video-call signal to the booking's other participants (subscribed to {@link
   * Channel#call(String)}). Ephemeral, like {@link #sendTyping(String, boolean)}.
   *
   * @param bookingId the booking of the call
   * @param signalType {@code offer}, {@code answer}, {@code ice_candidate}, {@code hangup}
   * @param signalData the signal (an SDP, an ICE candidate), relayed unchanged; never logged
   * @return whether it was handed to the connection
   */
  public boolean sendSignal(String bookingId, String signalType, Map<String, ?> signalData) {
    Channel.call(bookingId);
    Objects.requireNonNull(signalType, "signalType");
    Objects.requireNonNull(signalData, "signalData");
    return feed.sendNow(
        Frames.signal(feed.nextRef("w"), bookingId, signalType, signalData, null), "webrtc_signal");
  }

  /**
   * Adds a listener of every subscribed channel's events and of the connection's state. See {@link
   * RealtimeListener} for the thread it is called on.
   *
   * @param listener the listener
   */
  public void addListener(RealtimeListener listener) {
    feed.addListener(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * Removes a listener; events already buffered for it may still reach it.
   *
   * @param listener a listener added before
   */
  public void removeListener(RealtimeListener listener) {
    feed.removeListener(Objects.requireNonNull(listener, "listener"));
  }

  /**
   * The events of every subscribed channel, for reactive code: each subscriber receives the events
   * that arrive after it subscribed, only as many as it {@code request}ed, through its own buffer
   * (see {@link OverflowPolicy}). {@code onComplete} follows {@link #close()}; {@code onError} (a
   * {@link RealtimeException} carrying the {@link CloseReason}) follows an end the feed does not
   * recover from. Signals arrive on the client's delivery thread, {@code onSubscribe} first; a
   * subscriber that comes after the feed ended gets {@code onSubscribe} and then {@code onComplete}
   * (after {@link #close()}) or {@code onError} at once, on its own thread.
   *
   * @return the publisher
   */
  public Flow.Publisher<RealtimeEvent> events() {
    return events;
  }

  /** {@return where the connection is now} */
  public ConnectionState state() {
    return feed.state();
  }

  /**
   * Closes the connection ({@code 1000}), stops reconnecting, completes every subscriber, fails
   * what waits for an answer, and releases the socket's and the delivery threads. Idempotent; also
   * done by {@link dev.gradiant.sdk.GradiantClient#close()}.
   */
  @Override
  public void close() {
    feed.close();
  }

  private void requireCredentials() {
    if (withoutCredentials) {
      throw new IllegalStateException(
          "The realtime feed needs credentials, but this client was built withoutCredentials()");
    }
  }

  @Override
  public String toString() {
    return "RealtimeFeed[" + feed.state() + "]";
  }
}
