package dev.gradiant.sdk.realtime;

import dev.gradiant.sdk.conversations.Message;
import java.util.Map;
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
 * threads; {@link #close()} releases them. The blocking client and its {@link
 * dev.gradiant.sdk.AsyncGradiantClient asynchronous view} share the one feed.
 *
 * <p>Implemented by the SDK: new methods may be added in a minor release, so implement it only in
 * test doubles that can follow (or stand in for it with the sandbox's real feed).
 */
public interface RealtimeFeed extends AutoCloseable {

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
  CompletableFuture<Subscribed> subscribe(Channel channel);

  /**
   * Unsubscribes from a channel. From the moment this method returns, no event of the channel
   * reaches a listener or subscriber, not even one the server sent before it received the {@code
   * unsubscribe}, or one already buffered for a consumer (only an event a consumer is being handed
   * at that very moment, on the delivery thread, may still complete). A later subscription starts
   * from live events.
   *
   * @param channel the channel
   * @return completes when the server confirmed, when the connection ends first (the channel is not
   *     subscribed again), or at once when not connected or not subscribed
   */
  CompletableFuture<Void> unsubscribe(Channel channel);

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
  CompletableFuture<Message> sendMessage(String conversationId, String content);

  /**
   * Tells a conversation's other participants that the caller is (or stopped) typing. Ephemeral:
   * sent only if the feed is open now, never queued or sent again. Receivers take an indicator not
   * renewed for 10 s as stopped: while typing, call it again every 5 s.
   *
   * @param conversationId the conversation
   * @param typing whether the caller is typing
   * @return whether it was handed to the connection
   */
  boolean sendTyping(String conversationId, boolean typing);

  /**
   * Sends a video-call signal to the booking's other participants (subscribed to {@link
   * Channel#call(String)}). Ephemeral, like {@link #sendTyping(String, boolean)}.
   *
   * @param bookingId the booking of the call
   * @param signalType {@code offer}, {@code answer}, {@code ice_candidate}, {@code hangup}
   * @param signalData the signal (an SDP, an ICE candidate), relayed unchanged; never logged
   * @return whether it was handed to the connection
   */
  boolean sendSignal(String bookingId, String signalType, Map<String, ?> signalData);

  /**
   * Adds a listener of every subscribed channel's events and of the connection's state. See {@link
   * RealtimeListener} for the thread it is called on.
   *
   * @param listener the listener
   */
  void addListener(RealtimeListener listener);

  /**
   * Removes a listener; events already buffered for it may still reach it.
   *
   * @param listener a listener added before
   */
  void removeListener(RealtimeListener listener);

  /**
   * The events of every subscribed channel, for reactive code: each subscriber receives the events
   * that arrive after it subscribed, only as many as it {@code request}ed, through its own buffer
   * (see {@link OverflowPolicy}). {@code onComplete} follows {@link #close()}, after the events
   * still buffered for the subscriber (nothing is lost); {@code onError} (a {@link
   * RealtimeException} carrying the {@link CloseReason}) follows an end the feed does not recover
   * from. Exactly one of them arrives, and {@code request} is a no-op afterwards. Signals arrive on
   * the client's delivery thread, {@code onSubscribe} first; once the feed is closed, the events
   * still buffered and then {@code onComplete} arrive as the subscriber requests them, on the
   * thread that calls {@code request}. A subscriber that comes after the feed ended gets {@code
   * onSubscribe} and then {@code onComplete} (after {@link #close()}) or {@code onError} at once,
   * on its own thread.
   *
   * @return the publisher
   */
  Flow.Publisher<RealtimeEvent> events();

  /** {@return where the connection is now} */
  ConnectionState state();

  /**
   * Closes the connection ({@code 1000}), stops reconnecting, completes every subscriber after the
   * events still buffered for it (see {@link #events()}), fails what waits for an answer, and
   * releases the socket's and the delivery threads. Idempotent; also done by {@link
   * dev.gradiant.sdk.GradiantClient#close()}.
   */
  @Override
  void close();
}
