package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import dev.gradiant.sdk.realtime.OverflowPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code Flow.Subscriber} gets only what it requested; when its buffer is full the subscription
 * pauses ({@code complete}) and is sent again once the subscriber caught up, resuming from the last
 * result buffered: nothing lost, nothing twice; under {@code FAIL} it ends with an error.
 */
class GraphqlSubscriptionBackPressureTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private GradiantClient client;

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  private GraphqlClient graphql(int capacity, OverflowPolicy policy) {
    client =
        RealtimeTestClients.builder(
                peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
            .apiToken("pressure-token")
            .realtimeBuffer(capacity, policy)
            .build();
    return client.graphql();
  }

  @Test
  void aSlowSubscriberPausesTheSubscriptionAndResumesWithoutLossOrRepetition() {
    EventLog<BookingUpdates> slow = new EventLog<>(1);
    graphql(4, OverflowPolicy.RECONNECT_AND_RESUME)
        .publisher(bookingUpdates("user_123"), BookingUpdates.class)
        .subscribe(slow);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String id = socket.expect("subscribe").path("id").asText();
    // 1 is taken before the rest come (else the buffer would end at 4, not 5: a race of threads)
    socket.sendBooking(id, 1);
    assertThat(slow.next().seq()).contains(1L);
    for (int seq = 2; seq <= 7; seq++) {
      socket.sendBooking(id, seq);
    }

    assertThat(socket.expect("complete").path("id").asText())
        .as("paused: the buffer of 4 is full")
        .isEqualTo(id);
    assertThat(slow.pending()).as("only what was requested").isEmpty();

    slow.request(100);
    JsonNode resumed = socket.expect("subscribe");
    long from = resumed.at("/payload/extensions/realtime/resumeFrom").asLong();
    assertThat(from).as("the last result buffered: 2 to 5 fill it, 6 overflows").isEqualTo(5L);
    String again = resumed.path("id").asText();
    assertThat(again).isNotEqualTo(id);
    for (long seq = from - 1; seq <= 9; seq++) { // one repeated on purpose
      socket.sendBooking(again, seq);
    }
    List<Long> seen = new ArrayList<>(List.of(1L));
    while (seen.size() < 9) {
      seen.add(slow.next().seq().orElseThrow());
    }

    assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
    assertThat(slow.pending()).isEmpty();
    assertThat(peer.requests()).as("one connection throughout").hasSize(1);
  }

  @Test
  void withTheFailPolicyAFullBufferEndsTheSubscriptionWithAnError() {
    EventLog<BookingUpdates> idle = new EventLog<>(0);
    graphql(2, OverflowPolicy.FAIL)
        .publisher(bookingUpdates("user_123"), BookingUpdates.class)
        .subscribe(idle);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String id = socket.expect("subscribe").path("id").asText();
    for (int seq = 1; seq <= 3; seq++) {
      socket.sendBooking(id, seq);
    }

    assertThat(socket.expect("complete").path("id").asText()).isEqualTo(id);
    idle.request(10);
    GraphqlSubscriptionException error = (GraphqlSubscriptionException) idle.awaitError();
    assertThat(error.closeReason().orElseThrow().kind())
        .isEqualTo(GraphqlCloseReason.Kind.CLIENT_OVERFLOW);
    assertThat(idle.pending()).extracting(e -> e.seq().orElseThrow()).containsExactly(1L, 2L);
    assertThat(socket.clientClose()).as("its last subscription ended").isEqualTo(1000);
  }
}
