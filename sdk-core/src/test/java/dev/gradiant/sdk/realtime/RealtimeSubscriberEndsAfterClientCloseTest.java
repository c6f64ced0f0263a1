package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subscriber of {@link RealtimeFeed#events()} still has events buffered, unrequested, when the
 * client is closed: nothing is lost. Once the feed's threads are gone, each later {@code
 * request(n)} hands it the events it asks for on the requesting thread, then exactly one {@code
 * onComplete}; a request after that signal does nothing.
 */
class RealtimeSubscriberEndsAfterClientCloseTest {
  private static final String BOOKINGS = "bookings:user_123";

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
          .apiToken("close-token")
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void eventsBufferedAtTheCloseAndTheCompletionReachTheSubscriberAsItRequests() throws Exception {
    TestSubscriber subscriber = new TestSubscriber(1);
    bufferTwoAndClose(subscriber);

    assertThat(subscriber.pending()).as("nothing requested yet").isZero();
    assertThat(subscriber.ends).as("the end waits behind the buffered events").hasValue(0);

    subscriber.request(1);
    assertThat(((BookingUpdate) subscriber.next()).seq()).isEqualTo(2);
    assertThat(subscriber.ends).as("3 is still buffered before the end").hasValue(0);
    subscriber.request(1);
    assertThat(((BookingUpdate) subscriber.next()).seq()).isEqualTo(3);
    subscriber.completed.get(5, TimeUnit.SECONDS);

    assertThat(subscriber.ends).as("exactly one terminal signal").hasValue(1);
    assertThat(subscriber.error).isNotDone();
    subscriber.request(5); // after the end: a no-op
    assertThat(subscriber.pending()).isZero();
    assertThat(subscriber.ends).hasValue(1);
    assertThat(subscriber.threads.subList(1, 4))
        .as("after the close, the requesting thread delivers")
        .containsOnly(Thread.currentThread().getName());
    assertThat(peer.requests()).as("no reconnect").hasSize(1);
  }

  @Test
  void aRequestOfZeroAfterTheCloseStillEndsTheSubscriberWithOnError() throws Exception {
    TestSubscriber subscriber = new TestSubscriber(1);
    bufferTwoAndClose(subscriber);

    subscriber.request(0); // Reactive Streams rule 3.9: onError, though the completion was queued

    assertThat(subscriber.error.get(5, TimeUnit.SECONDS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(subscriber.ends).as("exactly one terminal signal").hasValue(1);
    assertThat(subscriber.pending()).as("nothing after the rule was broken").isZero();
    subscriber.request(1); // after the end: a no-op
    assertThat(subscriber.pending()).isZero();
    assertThat(subscriber.ends).hasValue(1);
  }

  /**
   * Subscribes {@code subscriber} (which requests 1), sends events 1 to 3, takes 1, and closes the
   * client with 2 and 3 buffered; returns once the feed's threads are gone.
   */
  private void bufferTwoAndClose(TestSubscriber subscriber) throws InterruptedException {
    RealtimeFeed feed = client.realtime();
    Recorder listener = new Recorder();
    feed.events().subscribe(subscriber);
    feed.addListener(listener); // after the subscriber: offered each event after it
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(0);
    for (int seq = 1; seq <= 3; seq++) {
      socket.sendBooking(BOOKINGS, seq);
    }
    for (int seq = 1; seq <= 3; seq++) {
      assertThat(((BookingUpdate) listener.nextEvent()).seq()).isEqualTo(seq);
    }
    // the listener has 3, so the subscriber's buffer has 2 and 3; it takes 1
    assertThat(((BookingUpdate) subscriber.next()).seq()).isEqualTo(1);

    client.close();

    assertThat(socket.clientClose()).isEqualTo(1000);
    awaitFeedThreadsEnded();
  }

  /** Waits for the feed's threads to end, as {@code close()} promises they do. */
  private static void awaitFeedThreadsEnded() throws InterruptedException {
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("gradiant-realtime")) {
        thread.join(TimeUnit.SECONDS.toMillis(10)); // a safety net only
        assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
      }
    }
  }
}
