package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import dev.gradiant.sdk.internal.graphql.DeliveryThread;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A {@code Flow.Subscriber} still has results buffered, unrequested, when the client is closed:
 * nothing is lost. Once the delivery thread is gone, each later {@code request(n)} hands it the
 * results it asks for on the requesting thread, then exactly one {@code onComplete}; a request
 * after that signal does nothing.
 */
class GraphqlSubscriberEndsAfterClientCloseTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .apiToken("close-token")
          .build();
  private final EventLog<BookingUpdates> subscriber = new EventLog<>(1);

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void resultsBufferedAtTheCloseAndTheCompletionReachTheSubscriberAsItRequests() throws Exception {
    GqlPeer.Socket socket = subscribe();
    String id = socket.expect("subscribe").path("id").asText();
    sendAndAwaitBuffered(socket, id);

    client.close();

    assertThat(socket.clientClose()).isEqualTo(1000);
    awaitDeliveryThreadEnded();
    assertThat(subscriber.pending()).as("nothing requested yet").isEmpty();
    assertThat(subscriber.ends).as("the end waits behind the buffered results").hasValue(0);

    subscriber.request(1);
    assertThat(subscriber.next().seq()).contains(2L);
    assertThat(subscriber.ends).as("3 is still buffered before the end").hasValue(0);
    subscriber.request(1);
    assertThat(subscriber.next().seq()).contains(3L);
    subscriber.awaitComplete();

    assertThat(subscriber.ends).as("exactly one terminal signal").hasValue(1);
    assertThat(subscriber.error).isNotDone();
    subscriber.request(5); // after the end: a no-op
    assertThat(subscriber.pending()).isEmpty();
    assertThat(subscriber.ends).hasValue(1);
    assertThat(subscriber.threads.subList(1, 4))
        .as("after the close, the requesting thread delivers")
        .containsOnly(Thread.currentThread().getName());
    assertThat(peer.requests()).as("no reconnect").hasSize(1);
  }

  @Test
  void theServersCompletionQueuedBehindUnrequestedResultsArrivesAfterTheClientClosed()
      throws Exception {
    GqlPeer.Socket socket = subscribe();
    String id = socket.expect("subscribe").path("id").asText();
    sendAndAwaitBuffered(socket, id);
    socket.send("{\"type\":\"complete\",\"id\":\"" + id + "\"}");
    assertThat(socket.clientClose()).as("the last operation ended").isEqualTo(1000);

    client.close();

    awaitDeliveryThreadEnded();
    assertThat(subscriber.ends).as("the end waits behind the buffered results").hasValue(0);
    subscriber.request(2);
    assertThat(subscriber.next().seq()).contains(2L);
    assertThat(subscriber.next().seq()).contains(3L);
    subscriber.awaitComplete();
    assertThat(subscriber.ends).as("exactly one terminal signal").hasValue(1);
    subscriber.request(1); // after the end: a no-op
    assertThat(subscriber.pending()).isEmpty();
    assertThat(subscriber.ends).hasValue(1);
  }

  @Test
  void aRequestOfZeroAfterTheCloseStillEndsTheSubscriberWithOnError() throws Exception {
    GqlPeer.Socket socket = subscribe();
    String id = socket.expect("subscribe").path("id").asText();
    sendAndAwaitBuffered(socket, id);
    client.close();
    awaitDeliveryThreadEnded();

    subscriber.request(0); // Reactive Streams rule 3.9: onError, though the completion was queued

    assertThat(subscriber.awaitError()).isInstanceOf(IllegalArgumentException.class);
    assertThat(subscriber.ends).as("exactly one terminal signal").hasValue(1);
    assertThat(subscriber.pending()).as("nothing after the rule was broken").isEmpty();
    subscriber.request(1); // after the end: a no-op
    assertThat(subscriber.pending()).isEmpty();
    assertThat(subscriber.ends).hasValue(1);
  }

  private GqlPeer.Socket subscribe() {
    client
        .graphql()
        .publisher(bookingUpdates("user_123"), BookingUpdates.class)
        .subscribe(subscriber);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    return socket;
  }

  /**
   * Sends results 1 to 3 for a subscriber that requested 1, and takes 1: the client answers the
   * {@code ping} sent after them only once it has read them, so 2 and 3 are buffered.
   */
  private void sendAndAwaitBuffered(GqlPeer.Socket socket, String id) {
    for (int seq = 1; seq <= 3; seq++) {
      socket.sendBooking(id, seq);
    }
    socket.send("{\"type\":\"ping\"}");
    socket.expect("pong");
    assertThat(subscriber.next().seq()).contains(1L);
  }

  /** Waits for the client's delivery thread to end, as {@code close()} promises it does. */
  private static void awaitDeliveryThreadEnded() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(DeliveryThread.NAME)) {
        thread.join(TimeUnit.SECONDS.toMillis(10)); // a safety net only
        assertThat(thread.isAlive()).as("the delivery thread ended").isFalse();
      }
    }
  }
}
