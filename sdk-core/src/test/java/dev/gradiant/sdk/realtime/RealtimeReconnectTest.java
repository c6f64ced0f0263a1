package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.conversations.Message;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The feed survives the network: after a server close or a dead connection it waits as the close
 * code says, reconnects, authenticates again, subscribes every channel again from the last event
 * delivered, drops what it already delivered, and sends again the chat messages not yet accepted,
 * under the same idempotency key.
 */
class RealtimeReconnectTest {
  private static final String BOOKINGS = "bookings:user_123";
  private static final String CONVERSATION = "conversations:conv_123";

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final Recorder recorder = new Recorder();
  private GradiantClient client;
  private RealtimeFeed feed;

  @BeforeEach
  void setUp() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("reconnect-token")
            .build();
    feed = client.realtime();
    feed.addListener(recorder);
  }

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void serverClosesReconnectReauthenticateAndResubscribeFromTheLastEventWithoutDuplicates() {
    feed.subscribe(Channel.bookings("user_123"));
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(10);
    first.acceptSubscribe(3);
    first.sendBooking(BOOKINGS, 11);
    first.sendBooking(BOOKINGS, 12);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(11);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(12);

    first.close(1001, "redeploy");

    StateChange goingAway = recorder.awaitState(ConnectionState.RECONNECTING);
    assertThat(goingAway.closeReason().orElseThrow().kind()).isEqualTo(CloseReason.Kind.GOING_AWAY);
    assertThat(goingAway.closeReason().orElseThrow().willReconnect()).isTrue();
    assertThat(goingAway.reconnectDelay()).contains(Duration.ofMillis(500));
    scheduler.awaitWait(Duration.ofMillis(500));
    scheduler.advance(Duration.ofMillis(500));

    FeedPeer.Socket second = peer.nextConnection();
    assertThat(second.authenticate().path("token").asText()).isEqualTo("reconnect-token");
    JsonNode bookings = second.acceptSubscribe(14);
    JsonNode conversation = second.acceptSubscribe(3);
    assertThat(bookings.path("channel").asText()).isEqualTo(BOOKINGS);
    assertThat(bookings.path("resumeFrom").asLong()).isEqualTo(12);
    assertThat(conversation.path("channel").asText()).isEqualTo(CONVERSATION);
    assertThat(conversation.path("resumeFrom").asLong()).isEqualTo(3);
    second.sendBooking(BOOKINGS, 12); // already delivered: dropped
    second.sendBooking(BOOKINGS, 13);
    second.sendBooking(BOOKINGS, 14);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(13);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(14);

    second.close(1011, "");

    StateChange serverError = recorder.awaitState(ConnectionState.RECONNECTING);
    assertThat(serverError.closeReason().orElseThrow().kind())
        .isEqualTo(CloseReason.Kind.SERVER_ERROR);
    // second attempt in a row: the bound doubled to 1 s, jitter 0.5
    assertThat(serverError.reconnectDelay()).contains(Duration.ofMillis(500));
    scheduler.awaitWait(Duration.ofMillis(500));
    scheduler.advance(Duration.ofMillis(500));
    FeedPeer.Socket third = peer.nextConnection();
    third.authenticate();
    assertThat(third.acceptSubscribe(14).path("resumeFrom").asLong()).isEqualTo(14);
    third.sendBooking(BOOKINGS, 14);
    third.sendBooking(BOOKINGS, 15);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(15);
    assertThat(recorder.pendingEvents()).isEmpty();
    assertThat(peer.requests()).hasSize(3);
  }

  @Test
  void aConnectionThatAnswersNoHeartbeatIsDeadAndReplaced() {
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(0);
    recorder.awaitState(ConnectionState.OPEN);

    scheduler.awaitWait(Duration.ofSeconds(25));
    scheduler.advance(Duration.ofSeconds(25));
    JsonNode ping = first.expect("ping");
    first.send("{\"type\":\"pong\",\"ref\":\"" + ping.path("ref").asText() + "\"}");
    first.sendBooking(BOOKINGS, 1);
    recorder.nextEvent(); // read after the pong: the client has seen both
    scheduler.awaitWait(Duration.ofSeconds(25));
    scheduler.advance(Duration.ofSeconds(25)); // the pong answered the first ping in time
    first.expect("ping");
    assertThat(feed.state()).isEqualTo(ConnectionState.OPEN);

    scheduler.advance(Duration.ofSeconds(10)); // no answer to the second one

    assertThat(first.clientClose()).isEqualTo(1006);
    StateChange dead = recorder.awaitState(ConnectionState.RECONNECTING);
    assertThat(dead.closeReason().orElseThrow().kind()).isEqualTo(CloseReason.Kind.DEAD_CONNECTION);
    assertThat(dead.reconnectDelay()).contains(Duration.ofMillis(250));
    scheduler.advance(Duration.ofMillis(250));
    FeedPeer.Socket second = peer.nextConnection();
    second.authenticate();
    assertThat(second.acceptSubscribe(1).path("resumeFrom").asLong()).isEqualTo(1);
  }

  @Test
  void aChatMessageIsSentAgainOnceAfterAReconnectWithTheSameIdempotencyKey() {
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(3);
    recorder.awaitState(ConnectionState.OPEN);

    CompletableFuture<Message> accepted = feed.sendMessage("conv_123", "See you at ten");
    JsonNode sent = first.expect("message");
    assertThat(sent.path("conversationId").asText()).isEqualTo("conv_123");
    assertThat(sent.path("content").asText()).isEqualTo("See you at ten");
    assertThat(sent.path("messageType").asText()).isEqualTo("text");
    String key = sent.path("idempotencyKey").asText();
    assertThat(key).isNotBlank();

    first.close(1012, "restart");
    recorder.awaitState(ConnectionState.RECONNECTING);
    scheduler.awaitWait(Duration.ofMillis(250));
    scheduler.advance(Duration.ofMillis(250));
    FeedPeer.Socket second = peer.nextConnection();
    second.authenticate();
    second.acceptSubscribe(3);
    JsonNode resent = second.expect("message");
    assertThat(accepted).isNotDone();
    second.send(
        "{\"type\":\"message_accepted\",\"ref\":\""
            + resent.path("ref").asText()
            + "\",\"data\":{\"id\":\"msg_9\",\"conversationId\":\"conv_123\","
            + "\"senderId\":\"user_123\",\"content\":\"See you at ten\",\"messageType\":\"text\","
            + "\"createdAt\":\"2024-01-01T09:05:00Z\"}}");

    assertThat(resent.path("idempotencyKey").asText()).isEqualTo(key);
    assertThat(resent.path("ref").asText()).isEqualTo(sent.path("ref").asText());
    assertThat(accepted.join().id()).isEqualTo("msg_9");
    assertThat(second.pendingFrames()).as("sent once more, not twice").isEmpty();
  }
}
