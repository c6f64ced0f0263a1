package dev.gradiant.sdk.internal.realtime;

import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.ConnectionState;
import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeFeed;
import dev.gradiant.sdk.realtime.RealtimeListener;
import dev.gradiant.sdk.realtime.Subscribed;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The client's {@link RealtimeFeed}: checks the arguments, builds the client's frames and hands
 * them to its {@link FeedEngine}. One per client, shared by the blocking and the asynchronous face.
 */
public final class DefaultRealtimeFeed implements RealtimeFeed {
  /** The most characters of a chat message (the REST contract's limit). */
  static final int MAX_MESSAGE_LENGTH = 5000;

  /** The largest frame the server reads. */
  static final int MAX_FRAME_BYTES = 64 * 1024;

  private final FeedEngine feed;
  private final EventPublisher events;
  private final boolean withoutCredentials;

  /**
   * A new feed, typed as the interface: a caller that only names this method (and stores the result
   * as a {@link RealtimeFeed}) loads neither class until it runs it.
   *
   * @param wiring what the feed is built from
   * @return the feed
   */
  public static RealtimeFeed of(FeedWiring wiring) {
    return new DefaultRealtimeFeed(wiring);
  }

  /**
   * @param wiring what the feed is built from
   */
  public DefaultRealtimeFeed(FeedWiring wiring) {
    this.feed = new FeedEngine(wiring, new Delivery());
    this.events = new EventPublisher(feed);
    this.withoutCredentials = wiring.credentials() == null;
  }

  @Override
  public CompletableFuture<Subscribed> subscribe(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    requireCredentials();
    return feed.subscribe(channel);
  }

  @Override
  public CompletableFuture<Void> unsubscribe(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    return feed.unsubscribe(channel);
  }

  @Override
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

  @Override
  public boolean sendTyping(String conversationId, boolean typing) {
    Channel.conversation(conversationId);
    return feed.sendNow(Frames.typing(conversationId, typing), "typing");
  }

  @Override
  public boolean sendSignal(String bookingId, String signalType, Map<String, ?> signalData) {
    Channel.call(bookingId);
    Objects.requireNonNull(signalType, "signalType");
    Objects.requireNonNull(signalData, "signalData");
    return feed.sendNow(
        Frames.signal(feed.nextRef("w"), bookingId, signalType, signalData, null), "webrtc_signal");
  }

  @Override
  public void addListener(RealtimeListener listener) {
    feed.addListener(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public void removeListener(RealtimeListener listener) {
    feed.removeListener(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public Flow.Publisher<RealtimeEvent> events() {
    return events;
  }

  @Override
  public ConnectionState state() {
    return feed.state();
  }

  /**
   * Closes the connection ({@code 1000}), stops reconnecting, completes every subscriber after the
   * events still buffered for it, fails what waits for an answer, and releases the socket's and the
   * delivery threads. Idempotent; also done by {@link dev.gradiant.sdk.GradiantClient#close()}.
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
