package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.ClientFrameContract;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every kind of frame the client sends on the feed is a valid client message of {@code
 * openapi/gradiant-realtime.asyncapi.yaml} (its payload schema, by {@code type}): {@link FeedPeer}
 * checks each frame of every realtime test; this test makes the client send each kind once.
 */
class RealtimeClientFramesContractTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();

  @AfterEach
  void tearDown() {
    peer.close();
  }

  @Test
  void theContractListsTheClientMessages() {
    assertThat(ClientFrameContract.feed().clientTypes())
        .containsExactly(
            "auth", "message", "ping", "subscribe", "typing", "unsubscribe", "webrtc_signal");
  }

  @Test
  void everyKindOfFrameTheClientSendsIsAValidClientMessage() {
    List<JsonNode> sent = new ArrayList<>();
    try (GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("frames-token")
            .build()) {
      RealtimeFeed feed = client.realtime();
      Recorder recorder = new Recorder();
      feed.addListener(recorder);
      feed.subscribe(Channel.bookings("user_123"));
      feed.subscribe(Channel.conversation("conv_123"));
      feed.subscribe(Channel.call("booking_123"));
      FeedPeer.Socket first = peer.nextConnection();
      sent.add(first.authenticate());
      sent.add(first.acceptSubscribe(10));
      sent.add(first.acceptSubscribe(3));
      sent.add(first.acceptSubscribe(0));
      recorder.awaitState(ConnectionState.OPEN);
      first.sendBooking("bookings:user_123", 11);
      recorder.nextEvent();

      feed.sendMessage("conv_123", "Hello!");
      sent.add(first.expect("message"));
      assertThat(feed.sendTyping("conv_123", true)).isTrue();
      sent.add(first.expect("typing"));
      assertThat(feed.sendSignal("booking_123", "offer", Map.of("sdp", "v=0", "type", "offer")))
          .isTrue();
      sent.add(first.expect("webrtc_signal"));
      scheduler.awaitWait(Duration.ofSeconds(25));
      scheduler.advance(Duration.ofSeconds(25));
      sent.add(first.expect("ping"));
      feed.unsubscribe(Channel.call("booking_123"));
      sent.add(first.expect("unsubscribe"));

      first.close(1001, "redeploy");
      scheduler.awaitWait(Duration.ofMillis(500));
      scheduler.advance(Duration.ofMillis(500));
      FeedPeer.Socket second = peer.nextConnection();
      sent.add(second.authenticate());
      JsonNode resumed = second.acceptSubscribe(11);
      assertThat(resumed.path("resumeFrom").asLong()).isEqualTo(11);
      sent.add(resumed);
      sent.add(second.acceptSubscribe(3));
      sent.add(second.expect("message")); // not accepted yet: sent again
    }

    assertThat(sent.stream().map(frame -> frame.path("type").asText()).distinct())
        .containsExactlyInAnyOrderElementsOf(ClientFrameContract.feed().clientTypes());
    assertThat(peer.frameViolations()).isEmpty();
  }

  @Test
  void theCheckRefusesFramesTheContractDoesNotAllow() {
    ClientFrameContract contract = ClientFrameContract.feed();

    assertThat(contract.violations("{\"type\":\"auth\",\"ref\":\"a1\",\"token\":\"t\"}")).isEmpty();
    assertThat(contract.violations("{\"type\":\"auth\",\"ref\":\"a1\"}")).isNotEmpty();
    assertThat(contract.violations("{\"type\":\"subscribe\",\"channel\":\"bookings:a b\"}"))
        .isNotEmpty();
    assertThat(
            contract.violations(
                "{\"type\":\"subscribe\",\"channel\":\"bookings:u\",\"resumeFrom\":-1}"))
        .isNotEmpty();
    assertThat(
            contract.violations(
                "{\"type\":\"typing\",\"ref\":\"t1\",\"conversationId\":\"c\",\"isTyping\":true}"))
        .isNotEmpty();
    assertThat(contract.violations("{\"type\":\"pong\"}")).isNotEmpty();
  }
}
