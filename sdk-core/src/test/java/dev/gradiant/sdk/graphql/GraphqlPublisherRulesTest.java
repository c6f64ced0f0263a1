package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import java.time.Instant;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Reactive Streams rules of {@link GraphqlClient#publisher(GraphqlRequest, Class)}: {@code
 * request(n <= 0)} ends with {@code onError(IllegalArgumentException)} and stops the subscription
 * (3.9); nothing after {@code cancel} (3.6, 3.12); a subscriber that throws is cancelled (2.13);
 * every signal on the delivery thread, {@code onSubscribe} first (1.3, 1.9).
 */
class GraphqlPublisherRulesTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .apiToken("rules-token")
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  private Flow.Publisher<GraphqlEvent<BookingUpdates>> publisher() {
    return client.graphql().publisher(bookingUpdates("user_123"), BookingUpdates.class);
  }

  @Test
  void aNonPositiveRequestEndsWithIllegalArgumentExceptionAndCompletesTheSubscription() {
    EventLog<BookingUpdates> subscriber = new EventLog<>(0);
    publisher().subscribe(subscriber);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String id = socket.expect("subscribe").path("id").asText();
    socket.sendBooking(id, 1);

    subscriber.request(0);

    assertThat(subscriber.awaitError())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n > 0");
    assertThat(socket.expect("complete").path("id").asText()).isEqualTo(id);
    subscriber.request(5);
    assertThat(subscriber.pending()).as("nothing after the terminal signal").isEmpty();
    assertThat(subscriber.threads).containsOnly("gradiant-graphql-events");
  }

  @Test
  void nothingIsSignalledAfterCancelAndTheServerIsToldOnce() {
    EventLog<BookingUpdates> subscriber = new EventLog<>(0);
    publisher().subscribe(subscriber);
    client.graphql().subscribe(bookingUpdates("user_456"), BookingUpdates.class, new EventLog<>());
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String id = socket.expect("subscribe").path("id").asText();
    socket.expect("subscribe"); // keeps the connection open
    socket.sendBooking(id, 1);
    socket.sendBooking(id, 2);
    socket.send("{\"type\":\"ping\"}");
    socket.expect("pong"); // the client has read both results

    Flow.Subscription subscription = subscriber.subscription.join();
    subscription.cancel();
    subscription.cancel();
    subscription.request(10);

    assertThat(socket.expect("complete").path("id").asText()).isEqualTo(id);
    socket.sendBooking(id, 3);
    socket.send("{\"type\":\"ping\"}");
    socket.expect("pong");
    assertThat(subscriber.pending()).isEmpty();
    assertThat(subscriber.completed).isNotDone();
    assertThat(subscriber.error).isNotDone();
    assertThat(socket.pendingFrames()).as("complete sent once").isEmpty();
  }

  @Test
  void aSubscriberThatThrowsIsCancelled() {
    EventLog<BookingUpdates> recorder = new EventLog<>();
    Flow.Subscriber<GraphqlEvent<BookingUpdates>> throwing =
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription subscription) {
            recorder.onSubscribe(subscription);
          }

          @Override
          public void onNext(GraphqlEvent<BookingUpdates> item) {
            recorder.onNext(item);
            throw new IllegalStateException("consumer bug");
          }

          @Override
          public void onError(Throwable failure) {
            recorder.onError(failure);
          }

          @Override
          public void onComplete() {
            recorder.onComplete();
          }
        };
    publisher().subscribe(throwing);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String id = socket.expect("subscribe").path("id").asText();

    socket.sendBooking(id, 1);
    socket.sendBooking(id, 2);

    assertThat(recorder.next().seq()).contains(1L);
    assertThat(socket.expect("complete").path("id").asText()).isEqualTo(id);
    assertThat(socket.clientClose()).as("its last subscription ended").isEqualTo(1000);
    assertThat(recorder.pending()).isEmpty();
    assertThat(recorder.error).isNotDone();
  }
}
