package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import dev.gradiant.sdk.internal.graphql.DeliveryThread;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the client closes the subscriptions' socket with {@code 1000}, completes every
 * subscription after what was buffered for it, never reconnects, and leaves no thread of it; a
 * subscriber that comes afterwards is told at once.
 */
class GraphqlSubscriptionCloseTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();

  @AfterEach
  void tearDown() {
    peer.close();
  }

  @Test
  void closingTheClientCompletesEverySubscriptionCloses1000AndLeavesNoThread() throws Exception {
    GradiantClient client =
        RealtimeTestClients.builder(
                peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
            .apiToken("close-token")
            .build();
    EventLog<BookingUpdates> listener = new EventLog<>();
    EventLog<BookingUpdates> subscriber = new EventLog<>(0);
    GraphqlSubscription subscription =
        client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, listener);
    client
        .graphql()
        .publisher(bookingUpdates("user_456"), BookingUpdates.class)
        .subscribe(subscriber);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    socket.expect("subscribe");
    String waiting = socket.expect("subscribe").path("id").asText();
    socket.sendBooking(waiting, 1); // not requested yet: kept past the close
    socket.send("{\"type\":\"ping\"}");
    socket.expect("pong"); // answered after reading the result: it is buffered

    client.close();

    assertThat(socket.clientClose()).isEqualTo(1000);
    listener.awaitComplete();
    assertThat(subscriber.ends).as("the completion waits behind the result").hasValue(0);
    subscriber.request(1);
    assertThat(subscriber.next().seq()).contains(1L);
    subscriber.awaitComplete();
    assertThat(subscriber.pending()).isEmpty();
    assertThat(subscription.isActive()).isFalse();
    scheduler.elapseAll();
    assertThat(peer.requests()).as("no reconnect").hasSize(1);
    EventLog<BookingUpdates> late = new EventLog<>(1);
    client.graphql().publisher(bookingUpdates("user_123"), BookingUpdates.class).subscribe(late);
    assertThat(late.subscription).isDone();
    assertThat(late.completed).isDone();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("gradiant-graphql")
          || thread.getName().startsWith("gradiant-realtime")) {
        thread.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
      }
    }
  }

  @Test
  void aListenerStillReceivesWhatWasBufferedThenItsCompletion() throws Exception {
    GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, new FakeTime(Instant.EPOCH))
            .apiToken("close-token")
            .build();
    EventLog<BookingUpdates> log = new EventLog<>();
    CountDownLatch release = new CountDownLatch(1);
    GraphqlSubscriptionListener<BookingUpdates> slow =
        new GraphqlSubscriptionListener<>() {
          @Override
          public void onEvent(GraphqlEvent<BookingUpdates> event) {
            log.onEvent(event);
            try {
              release.await(); // holds the delivery thread on result 1
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }

          @Override
          public void onComplete() {
            log.onComplete();
          }

          @Override
          public void onError(GradiantException error) {
            log.onError(error);
          }
        };
    try {
      client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, slow);
      GqlPeer.Socket socket = peer.nextConnection();
      socket.acknowledge();
      String id = socket.expect("subscribe").path("id").asText();
      for (int seq = 1; seq <= 3; seq++) {
        socket.sendBooking(id, seq);
      }
      socket.send("{\"type\":\"ping\"}");
      socket.expect("pong"); // answered after reading 2 and 3: they are buffered
      assertThat(log.next().seq()).contains(1L);

      client.close();
      assertThat(socket.clientClose()).isEqualTo(1000);
    } finally {
      release.countDown();
    }

    assertThat(log.next().seq()).contains(2L);
    assertThat(log.next().seq()).contains(3L);
    log.awaitComplete();
    assertThat(log.ends).as("exactly one terminal signal").hasValue(1);
    assertThat(log.threads).containsOnly(DeliveryThread.NAME);
  }

  @Test
  void aListenerSubscribedAfterTheClientIsClosedIsRefusedAtOnce() {
    GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, new FakeTime(Instant.EPOCH))
            .apiToken("close-token")
            .build();
    client.close();
    EventLog<BookingUpdates> listener = new EventLog<>();

    assertThatThrownBy(
            () ->
                client
                    .graphql()
                    .subscribe(bookingUpdates("user_123"), BookingUpdates.class, listener))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(peer.requests()).isEmpty();
    assertThat(listener.threads).as("the listener is not called").isEmpty();
  }
}
