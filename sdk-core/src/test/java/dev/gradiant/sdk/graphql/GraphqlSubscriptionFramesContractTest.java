package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static dev.gradiant.sdk.graphql.Subscriptions.elapse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.ClientFrameContract;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of message the client sends on the {@code graphql} channel is a valid client message
 * of {@code openapi/gradiant-realtime.asyncapi.yaml}: {@link GqlPeer} checks each frame of every
 * subscription test; this test makes the client send each kind once.
 */
class GraphqlSubscriptionFramesContractTest {

  @Test
  void theContractListsTheClientMessages() {
    assertThat(ClientFrameContract.graphql().clientTypes())
        .containsExactly("complete", "connection_init", "ping", "pong", "subscribe");
  }

  @Test
  void everyKindOfMessageTheClientSendsIsAValidClientMessage() {
    List<JsonNode> sent = new ArrayList<>();
    ManualScheduler scheduler = new ManualScheduler();
    try (GqlPeer peer = new GqlPeer();
        GradiantClient client =
            RealtimeTestClients.builder(peer.baseUrl(), scheduler, new FakeTime(Instant.EPOCH))
                .apiToken("frames-token")
                .build()) {
      EventLog<BookingUpdates> log = new EventLog<>();
      GraphqlSubscription subscription =
          client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
      GqlPeer.Socket socket = peer.nextConnection();
      sent.add(socket.acknowledge());
      JsonNode subscribe = socket.expect("subscribe");
      sent.add(subscribe);
      socket.sendBooking(subscribe.path("id").asText(), 41);
      log.next();
      socket.send("{\"type\":\"ping\"}");
      sent.add(socket.expect("pong"));
      elapse(scheduler, Duration.ofSeconds(25));
      sent.add(socket.expect("ping"));
      socket.close(1012, "restart");
      elapse(scheduler, Duration.ofMillis(250));
      GqlPeer.Socket second = peer.nextConnection();
      sent.add(second.acknowledge());
      JsonNode resumed = second.expect("subscribe");
      assertThat(resumed.at("/payload/extensions/realtime/resumeFrom").asLong()).isEqualTo(41);
      sent.add(resumed);
      subscription.close();
      sent.add(second.expect("complete"));
      assertThat(peer.frameViolations()).isEmpty();
    }

    assertThat(sent.stream().map(frame -> frame.path("type").asText()).distinct())
        .containsExactlyInAnyOrderElementsOf(ClientFrameContract.graphql().clientTypes());
  }

  @Test
  void theCheckRefusesMessagesTheContractDoesNotAllow() {
    ClientFrameContract contract = ClientFrameContract.graphql();

    assertThat(contract.violations("{\"type\":\"connection_init\",\"payload\":{\"token\":\"t\"}}"))
        .isEmpty();
    assertThat(contract.violations("{\"type\":\"connection_init\",\"payload\":{\"token\":\"\"}}"))
        .isNotEmpty();
    assertThat(contract.violations("{\"type\":\"subscribe\",\"id\":\"1\"}")).isNotEmpty();
    assertThat(
            contract.violations(
                "{\"type\":\"subscribe\",\"id\":\"\",\"payload\":{\"query\":\"subscription{x}\"}}"))
        .isNotEmpty();
    assertThat(contract.violations("{\"type\":\"complete\"}")).isNotEmpty();
    assertThat(contract.violations("{\"type\":\"next\",\"id\":\"1\",\"payload\":{}}"))
        .as("a server message")
        .isNotEmpty();
  }
}
