package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.core.GenericType;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code client.async().graphql()} runs subscriptions as the blocking sub-client does (they never
 * block): the same connection, ids and delivery thread, the same argument checks before anything is
 * sent.
 */
class AsyncGraphqlSubscriptionTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .apiToken("async-token")
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void theAsynchronousSubClientSubscribesOnTheClientsOneConnection() {
    EventLog<BookingUpdates> listener = new EventLog<>();
    EventLog<BookingUpdates> subscriber = new EventLog<>(1);
    EventLog<BookingUpdates> generic = new EventLog<>();
    AsyncGraphqlClient graphql =
        client.async().graphql().withOptions(RequestOptions.builder().build());

    GraphqlSubscription subscription =
        graphql.subscribe(bookingUpdates("user_123"), BookingUpdates.class, listener);
    graphql.publisher(bookingUpdates("user_456"), BookingUpdates.class).subscribe(subscriber);
    graphql.subscribe(bookingUpdates("user_789"), new GenericType<BookingUpdates>() {}, generic);
    client.graphql().publisher(bookingUpdates("user_000"), BookingUpdates.class);

    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String first = socket.expect("subscribe").path("id").asText();
    String second = socket.expect("subscribe").path("id").asText();
    String third = socket.expect("subscribe").path("id").asText();
    socket.sendBooking(first, 1);
    socket.sendBooking(second, 2);
    socket.sendBooking(third, 3);

    assertThat(listener.next().dataOrThrow().bookingUpdates().id()).isEqualTo("booking_1");
    assertThat(subscriber.next().seq()).contains(2L);
    assertThat(generic.next().seq()).contains(3L);
    assertThat(listener.threads).containsOnly("gradiant-graphql-events");
    subscription.close();
    assertThat(socket.expect("complete").path("id").asText()).isEqualTo(first);
    assertThat(peer.requests()).as("one connection for both faces").hasSize(1);
    assertThat(Subscriptions.pending(scheduler, Duration.ofMillis(250))).isFalse();
  }

  @Test
  void theAsynchronousSubClientChecksItsArgumentsBeforeSending() {
    GraphqlRequest query =
        GraphqlRequest.builder()
            .query(GraphqlDocuments.read("doc004/GetUserProfile.graphql"))
            .variable("userId", "user_123")
            .build();

    assertThatThrownBy(
            () -> client.async().graphql().subscribe(query, BookingUpdates.class, new EventLog<>()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a subscription");
    assertThatThrownBy(() -> client.async().graphql().publisher(query, BookingUpdates.class))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(peer.requests()).isEmpty();
  }
}
