package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Frames of the server become typed events, delivered in order on the client's delivery thread; a
 * type the SDK does not know (or cannot read) is kept as an {@link UnknownEvent}.
 */
class RealtimeEventsTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final Recorder recorder = new Recorder();
  private GradiantClient client;
  private RealtimeFeed feed;
  private FeedPeer.Socket socket;

  @BeforeEach
  void setUp() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("events-token")
            .build();
    feed = client.realtime();
    feed.addListener(recorder);
    feed.subscribe(Channel.conversation("conv_123"));
    socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(42);
  }

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void framesBecomeTypedEventsInOrderOnTheDeliveryThread() {
    socket.sendBooking("bookings:user_123", 5);
    socket.send(
        "{\"type\":\"message\",\"channel\":\"conversations:conv_123\",\"seq\":43,\"id\":\"evt_124\","
            + "\"createdAt\":\"2024-01-01T09:05:00Z\",\"data\":{\"id\":\"msg_123\","
            + "\"conversationId\":\"conv_123\",\"senderId\":\"user_456\",\"content\":\"Hello!\","
            + "\"messageType\":\"text\",\"createdAt\":\"2024-01-01T09:05:00Z\"}}");
    socket.send(
        "{\"type\":\"typing\",\"channel\":\"conversations:conv_123\",\"conversationId\":\"conv_123\","
            + "\"userId\":\"user_456\",\"isTyping\":true}");
    socket.send(
        "{\"type\":\"webrtc_signal\",\"channel\":\"calls:booking_1\",\"bookingId\":\"booking_1\","
            + "\"fromUserId\":\"user_456\",\"signalType\":\"answer\","
            + "\"signalData\":{\"sdp\":\"v=0 10.0.0.7\",\"type\":\"answer\"}}");
    socket.send(
        "{\"type\":\"resync_required\",\"channel\":\"conversations:conv_123\",\"seq\":5120,"
            + "\"reason\":\"history_expired\"}");
    socket.send(
        "{\"type\":\"error\",\"error\":{\"code\":\"RATE_LIMIT_EXCEEDED\",\"message\":\"Slow down\"},"
            + "\"retryAfter\":30}");

    BookingUpdate booking = (BookingUpdate) recorder.nextEvent();
    assertThat(booking.channel()).isEqualTo(Channel.bookings("user_123"));
    assertThat(booking.seq()).isEqualTo(5);
    assertThat(booking.id()).isEqualTo("evt_5");
    assertThat(booking.event()).isEqualTo("booking.confirmed");
    assertThat(booking.booking().id()).isEqualTo("booking_5");
    ChatMessage message = (ChatMessage) recorder.nextEvent();
    assertThat(message.seq()).isEqualTo(43);
    assertThat(message.message().content()).contains("Hello!");
    assertThat(message.toString()).doesNotContain("Hello!");
    TypingIndicator typing = (TypingIndicator) recorder.nextEvent();
    assertThat(typing)
        .isEqualTo(
            TypingIndicator.builder()
                .channel(Channel.conversation("conv_123"))
                .conversationId("conv_123")
                .userId("user_456")
                .typing(true)
                .build());
    WebrtcSignal signal = (WebrtcSignal) recorder.nextEvent();
    assertThat(signal.signalType()).isEqualTo("answer");
    assertThat(signal.signalData()).containsEntry("sdp", "v=0 10.0.0.7");
    assertThat(signal.toString()).doesNotContain("10.0.0.7");
    assertThat(recorder.nextEvent())
        .isEqualTo(
            ResyncRequired.builder()
                .channel(Channel.conversation("conv_123"))
                .seq(5120)
                .reason("history_expired")
                .build());
    assertThat(recorder.nextEvent())
        .isEqualTo(FeedError.builder().code("RATE_LIMIT_EXCEEDED").message("Slow down").build());
    assertThat(recorder.threads).containsOnly("gradiant-realtime-events");
  }

  @Test
  void aListenerThatThrowsAnErrorKeepsItsEventsAndDoesNotStopTheOthers() {
    List<Throwable> escaped = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> escaped.add(e));
    try {
      listenerThrowsAnErrorOnTheFirstEvent();
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(previous);
    }
    assertThat(escaped).as("errors that escaped the delivery thread").isEmpty();
  }

  private void listenerThrowsAnErrorOnTheFirstEvent() {
    Recorder after = new Recorder();
    feed.addListener(
        event -> {
          if (event instanceof BookingUpdate update && update.seq() == 1) {
            throw new AssertionError("a listener's own check failed");
          }
        });
    feed.addListener(after);

    socket.sendBooking("bookings:user_123", 1);
    socket.sendBooking("bookings:user_123", 2);

    assertThat(((BookingUpdate) after.nextEvent()).seq()).isEqualTo(1);
    assertThat(((BookingUpdate) after.nextEvent()).seq()).isEqualTo(2);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(1);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(2);
  }

  @Test
  void anUnknownTypeOrAnUnreadableFrameIsKeptAsAnUnknownEvent() {
    String poll = "{\"type\":\"poll_opened\",\"channel\":\"polls:p_1\",\"question\":\"Ten?\"}";
    String broken = "{\"type\":\"booking_update\",\"channel\":\"bookings:user_123\",\"seq\":9}";
    socket.send(poll);
    socket.send(broken);
    socket.send("not json at all");
    socket.sendBooking("bookings:user_123", 10);

    assertThat(recorder.nextEvent()).isEqualTo(unknown("poll_opened", poll));
    assertThat(recorder.nextEvent()).isEqualTo(unknown("booking_update", broken));
    assertThat(recorder.nextEvent()).isEqualTo(unknown("", "not json at all"));
    assertThat(recorder.nextEvent()).isInstanceOf(BookingUpdate.class);
    assertThat(unknown("poll_opened", poll).toString()).doesNotContain("Ten?");
  }

  private static UnknownEvent unknown(String type, String json) {
    return UnknownEvent.builder().type(type).json(json).build();
  }

  @Test
  void aRefusedSubscriptionFailsItsFutureWithTheServerCode() {
    CompletableFuture<Subscribed> refused = feed.subscribe(Channel.bookings("user_999"));
    String ref = socket.expect("subscribe").path("ref").asText();
    socket.send(
        "{\"type\":\"error\",\"ref\":\""
            + ref
            + "\",\"channel\":\"bookings:user_999\",\"error\":{\"code\":\"INSUFFICIENT_PERMISSIONS\","
            + "\"message\":\"You cannot read this user's bookings\"}}");

    assertThatThrownBy(refused::join)
        .cause()
        .isInstanceOfSatisfying(
            RealtimeException.class,
            e -> assertThat(e.code()).contains("INSUFFICIENT_PERMISSIONS"));
  }

  @Test
  void typingIsSentOnlyWhileOpenAndUnsubscribeIsConfirmed() {
    assertThat(feed.sendTyping("conv_123", true)).isTrue();
    assertThat(socket.expect("typing").path("isTyping").asBoolean()).isTrue();

    CompletableFuture<Void> unsubscribed = feed.unsubscribe(Channel.conversation("conv_123"));
    String ref = socket.expect("unsubscribe").path("ref").asText();
    socket.send(
        "{\"type\":\"unsubscribed\",\"ref\":\""
            + ref
            + "\",\"channel\":\"conversations:conv_123\"}");
    unsubscribed.join();

    client.close();
    assertThat(feed.sendTyping("conv_123", false)).isFalse();
  }
}
