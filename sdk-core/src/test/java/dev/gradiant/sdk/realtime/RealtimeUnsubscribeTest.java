package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unsubscribed channel goes quiet at once: no event of it reaches a consumer after {@code
 * unsubscribe} returns, neither one the server sends before it confirms nor one already buffered.
 * An {@code unsubscribe} whose connection ends before the server answered it is done: its future
 * completes, and the channel is not subscribed again on the next connection.
 */
class RealtimeUnsubscribeTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private GradiantClient client;
  private RealtimeFeed feed;

  @BeforeEach
  void setUp() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("unsubscribe-token")
            .build();
    feed = client.realtime();
  }

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void anUnsubscribeCutOffByAReconnectCompletesAndTheChannelIsNotSubscribedAgain()
      throws Exception {
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    feed.subscribe(Channel.bookings("user_123"));
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(10);
    first.acceptSubscribe(3);
    recorder.awaitState(ConnectionState.OPEN);
    CompletableFuture<Void> unsubscribed = feed.unsubscribe(Channel.conversation("conv_123"));
    first.expect("unsubscribe");

    first.close(1001, "redeploy"); // before the server answered the unsubscribe

    // fails on main: the future never completed (the reconnect dropped it unanswered)
    unsubscribed.get(5, TimeUnit.SECONDS);
    scheduler.awaitWait(Duration.ofMillis(500));
    scheduler.advance(Duration.ofMillis(500));
    FeedPeer.Socket second = peer.nextConnection();
    second.authenticate();
    assertThat(second.acceptSubscribe(10).path("channel").asText()).isEqualTo("bookings:user_123");
    recorder.awaitState(ConnectionState.OPEN);
    // frames arrive in order: a second subscribe would come before this typing indicator
    assertThat(feed.sendTyping("conv_123", true)).isTrue();
    second.expect("typing");
  }

  @Test
  void eventsTheServerSendsBeforeConfirmingAnUnsubscribeReachNoConsumer() {
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    TestSubscriber subscriber = new TestSubscriber(Long.MAX_VALUE);
    feed.events().subscribe(subscriber);
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(3);
    recorder.awaitState(ConnectionState.OPEN);

    CompletableFuture<Void> unsubscribed = feed.unsubscribe(Channel.conversation("conv_123"));
    String ref = socket.expect("unsubscribe").path("ref").asText();
    // the server has not read the unsubscribe yet: it keeps sending the channel's events
    socket.send(chatMessage(4));
    socket.send(
        "{\"type\":\"typing\",\"channel\":\"conversations:conv_123\","
            + "\"conversationId\":\"conv_123\",\"userId\":\"user_456\",\"isTyping\":true}");
    socket.sendBooking("bookings:user_123", 11); // a marker: frames are handled in order
    socket.send(
        "{\"type\":\"unsubscribed\",\"ref\":\""
            + ref
            + "\",\"channel\":\"conversations:conv_123\"}");

    // fails on main: the listener and the subscriber got the message and the typing indicator
    assertThat(recorder.nextEvent()).isInstanceOf(BookingUpdate.class);
    assertThat(subscriber.next()).isInstanceOf(BookingUpdate.class);
    unsubscribed.join();
    assertThat(recorder.pendingEvents()).isEmpty();
    assertThat(subscriber.pending()).isZero();
  }

  @Test
  void eventsAlreadyBufferedForAConsumerAreWithdrawnByUnsubscribe() {
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    TestSubscriber slow = new TestSubscriber(0); // buffers everything until it requests
    feed.events().subscribe(slow);
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(3);
    recorder.awaitState(ConnectionState.OPEN);
    socket.sendBooking("bookings:user_123", 11);
    socket.send(chatMessage(4));
    socket.sendBooking("bookings:user_123", 12);
    recorder.nextEvent();
    recorder.nextEvent();
    assertThat(((BookingUpdate) recorder.nextEvent()).seq())
        .as("all three are in the slow subscriber's buffer now")
        .isEqualTo(12);

    feed.unsubscribe(Channel.conversation("conv_123"));
    slow.request(10);

    assertThat(((BookingUpdate) slow.next()).seq()).isEqualTo(11);
    // fails on main: the buffered chat message came next
    assertThat(slow.next())
        .isInstanceOfSatisfying(
            BookingUpdate.class, update -> assertThat(update.seq()).isEqualTo(12));
  }

  @Test
  void aChannelSubscribedAgainSpeaksOnceTheServerAcknowledgesTheNewSubscription() {
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    CompletableFuture<Subscribed> first = feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(3);
    first.join();

    feed.unsubscribe(Channel.conversation("conv_123"));
    socket.expect("unsubscribe");
    CompletableFuture<Subscribed> again = feed.subscribe(Channel.conversation("conv_123"));
    socket.send(chatMessage(4)); // still of the old subscription
    socket.acceptSubscribe(4);
    socket.send(chatMessage(5));

    assertThat(again.join().seq()).isEqualTo(4);
    assertThat(((ChatMessage) recorder.nextEvent()).seq()).isEqualTo(5);
  }

  @Test
  void theLateAcknowledgementOfAnUnsubscribedSubscriptionDoesNotAnswerTheNewOne() {
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    CompletableFuture<Subscribed> first = feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    String firstRef = socket.expect("subscribe").path("ref").asText();
    recorder.awaitState(ConnectionState.OPEN);
    feed.unsubscribe(Channel.conversation("conv_123"));
    String unsubscribeRef = socket.expect("unsubscribe").path("ref").asText();
    CompletableFuture<Subscribed> again = feed.subscribe(Channel.conversation("conv_123"));
    String againRef = socket.expect("subscribe").path("ref").asText();

    // the server answers in order: the first subscription, its events, the unsubscribe, the new one
    socket.send(subscribed(firstRef, 3));
    socket.send(chatMessage(4));
    socket.send(
        "{\"type\":\"unsubscribed\",\"ref\":\""
            + unsubscribeRef
            + "\",\"channel\":\"conversations:conv_123\"}");
    socket.send(subscribed(againRef, 4));
    socket.send(chatMessage(5));

    assertThat(first).isCompletedExceptionally();
    // fails on main: the first answer (seq 3) completed the new subscription and the old
    // subscription's message 4 was delivered
    assertThat(again.join().seq()).isEqualTo(4);
    assertThat(((ChatMessage) recorder.nextEvent()).seq()).isEqualTo(5);
  }

  private static String subscribed(String ref, long seq) {
    return "{\"type\":\"subscribed\",\"ref\":\""
        + ref
        + "\",\"channel\":\"conversations:conv_123\",\"seq\":"
        + seq
        + "}";
  }

  private static String chatMessage(long seq) {
    return "{\"type\":\"message\",\"channel\":\"conversations:conv_123\",\"seq\":"
        + seq
        + ",\"id\":\"evt_m"
        + seq
        + "\",\"createdAt\":\"2024-01-01T09:05:00Z\",\"data\":{\"id\":\"msg_"
        + seq
        + "\",\"conversationId\":\"conv_123\",\"senderId\":\"user_456\",\"content\":\"Hi\","
        + "\"messageType\":\"text\",\"createdAt\":\"2024-01-01T09:05:00Z\"}}";
  }
}
