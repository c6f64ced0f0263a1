package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.logging.CapturedLogs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing the server wrote (error messages, close reasons, chat text, call signals, unknown frames)
 * and no channel (a conversation's or user's id) reaches an exception's message, a {@code
 * toString()} of the feed's exceptions, states and close reasons, or a log line; events print ids
 * (not personal by the contract) but never their personal content. Everything stays readable
 * through accessors.
 */
class RealtimeRedactionSweepTest {
  private static final String TOKEN = "tok_sweep_feed_8812";
  private static final String CONVERSATION = "conv_sweep_4471";
  private static final String OTHER_CONVERSATION = "conv_sweep_5582";
  private static final String USER = "user_sweep_9903";
  private static final String SERVER_TEXT = "no bookings for jane.roe@example.com";
  private static final String CHAT_TEXT = "my sertraline dose went up";
  private static final String SDP = "c=IN IP4 203.0.113.77";
  private static final String UNKNOWN_TEXT = "glucose 7.9 mmol";
  private static final String CLOSE_TEXT = "suspended: jane.roe";
  private static final List<String> PERSONAL =
      List.of(TOKEN, SERVER_TEXT, "jane.roe", CHAT_TEXT, SDP, "203.0.113.77", UNKNOWN_TEXT);
  private static final List<String> IDS = List.of(CONVERSATION, OTHER_CONVERSATION, USER);

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private GradiantClient client;

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void exceptionsStatesAndLogsHoldNeitherServerTextNorChannelsAndEventsNoPersonalContent() {
    CapturedLogs.clear();
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken(TOKEN)
            .build();
    RealtimeFeed feed = client.realtime();
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    List<RealtimeException> failures = new ArrayList<>();

    feed.subscribe(Channel.conversation(CONVERSATION));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(1);
    recorder.awaitState(ConnectionState.OPEN);

    // a refused subscription, the server's message echoing personal data
    CompletableFuture<Subscribed> refused = feed.subscribe(Channel.bookings(USER));
    String ref = socket.expect("subscribe").path("ref").asText();
    socket.send(error(ref, "INSUFFICIENT_PERMISSIONS"));
    failures.add(failure(refused));
    // a refused chat message
    CompletableFuture<?> message = feed.sendMessage(CONVERSATION, CHAT_TEXT);
    socket.send(error(socket.expect("message").path("ref").asText(), "VALIDATION_ERROR"));
    failures.add(failure(message));
    // a subscription withdrawn before the server acknowledged it
    CompletableFuture<Subscribed> withdrawn =
        feed.subscribe(Channel.conversation(OTHER_CONVERSATION));
    socket.expect("subscribe");
    feed.unsubscribe(Channel.conversation(OTHER_CONVERSATION));
    failures.add(failure(withdrawn));
    // events whose content is personal
    socket.send(error(null, "RATE_LIMIT_EXCEEDED"));
    socket.send(
        "{\"type\":\"message\",\"channel\":\"conversations:"
            + CONVERSATION
            + "\",\"seq\":2,\"id\":\"evt_2\",\"createdAt\":\"2024-01-01T09:05:00Z\",\"data\":{"
            + "\"id\":\"msg_1\",\"conversationId\":\""
            + CONVERSATION
            + "\",\"senderId\":\"user_456\",\"content\":\""
            + CHAT_TEXT
            + "\",\"messageType\":\"text\",\"createdAt\":\"2024-01-01T09:05:00Z\"}}");
    socket.send(
        "{\"type\":\"webrtc_signal\",\"channel\":\"calls:booking_1\",\"bookingId\":\"booking_1\","
            + "\"fromUserId\":\"user_456\",\"signalType\":\"offer\",\"signalData\":{\"sdp\":\""
            + SDP
            + "\"}}");
    socket.send("{\"type\":\"vitals\",\"note\":\"" + UNKNOWN_TEXT + "\"}");
    List<RealtimeEvent> events =
        List.of(next(recorder), next(recorder), next(recorder), next(recorder));
    // the server ends the feed with a reason of its own
    socket.close(4403, CLOSE_TEXT);
    StateChange closed = recorder.awaitState(ConnectionState.CLOSED);
    failures.add(failure(feed.subscribe(Channel.conversation(CONVERSATION))));

    List<String> printed = new ArrayList<>();
    for (RealtimeException failure : failures) {
      printed.add(failure.getMessage());
      printed.add(failure.toString());
    }
    printed.add(closed.toString());
    printed.addAll(CapturedLogs.lines());
    for (String text : printed) {
      // fails on main: messages named the channel ("subscribe to bookings:user_sweep_9903") and
      // the close reason's text; FeedError printed the server's message
      assertThat(text).doesNotContain(PERSONAL).doesNotContain(IDS).doesNotContain(CLOSE_TEXT);
    }
    for (RealtimeEvent event : events) {
      assertThat(event.toString()).doesNotContain(PERSONAL);
    }

    assertThat(failures.get(0).channel()).contains(Channel.bookings(USER));
    assertThat(failures.get(0).code()).contains("INSUFFICIENT_PERMISSIONS");
    assertThat(failures.get(0).getMessage())
        .isEqualTo("The server refused the subscription: INSUFFICIENT_PERMISSIONS");
    assertThat(failures.get(1).channel()).isEmpty();
    assertThat(failures.get(2).channel()).contains(Channel.conversation(OTHER_CONVERSATION));
    assertThat(failures.get(3).channel()).contains(Channel.conversation(CONVERSATION));
    assertThat(failures.get(3).closeReason().map(CloseReason::reason)).contains(CLOSE_TEXT);
    assertThat(closed.closeReason().map(CloseReason::reason)).contains(CLOSE_TEXT);
    assertThat(((FeedError) events.get(0)).message()).isEqualTo(SERVER_TEXT);
  }

  @Test
  void aCodeOutsideTheContractDoesNotReachTheMessage() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken(TOKEN)
            .build();
    CompletableFuture<Subscribed> refused = client.realtime().subscribe(Channel.bookings(USER));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    String ref = socket.expect("subscribe").path("ref").asText();
    socket.send(error(ref, "no access for jane.roe"));

    RealtimeException failure = failure(refused);

    assertThat(failure.getMessage()).doesNotContain("jane.roe");
    assertThat(failure.code()).contains("no access for jane.roe");
  }

  private static String error(String ref, String code) {
    return "{\"type\":\"error\","
        + (ref == null ? "" : "\"ref\":\"" + ref + "\",")
        + "\"error\":{\"code\":\""
        + code
        + "\",\"message\":\""
        + SERVER_TEXT
        + "\"}}";
  }

  private static RealtimeEvent next(Recorder recorder) {
    return recorder.nextEvent();
  }

  private static RealtimeException failure(CompletableFuture<?> future) {
    try {
      future.get(5, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | CompletionException e) {
      assertThat(e.getCause()).isInstanceOf(RealtimeException.class);
      return (RealtimeException) e.getCause();
    } catch (Exception e) {
      throw new AssertionError("the future did not fail in time", e);
    }
    throw new AssertionError("the future completed");
  }
}
