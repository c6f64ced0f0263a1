package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.conversations.Message;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Closing the feed (or the whole client) closes the socket with {@code 1000}, never reconnects,
 * completes the subscribers, fails what waits for an answer, and leaves no thread of the feed.
 */
class RealtimeCloseTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();

  @AfterEach
  void tearDown() {
    peer.close();
  }

  @Test
  void closingTheClientClosesTheSocketWith1000StopsReconnectingAndLeavesNoThread()
      throws Exception {
    GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("close-token")
            .build();
    RealtimeFeed feed = client.realtime();
    Recorder recorder = new Recorder();
    TestSubscriber subscriber = new TestSubscriber(10);
    feed.addListener(recorder);
    feed.events().subscribe(subscriber);
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(0);
    recorder.awaitState(ConnectionState.OPEN);
    CompletableFuture<Message> unanswered = feed.sendMessage("conv_123", "Hi");
    socket.expect("message");

    client.close();

    assertThat(socket.clientClose()).isEqualTo(1000);
    CloseReason reason = recorder.awaitState(ConnectionState.CLOSED).closeReason().orElseThrow();
    assertThat(reason.kind()).isEqualTo(CloseReason.Kind.CLIENT_CLOSED);
    assertThat(reason.willReconnect()).isFalse();
    subscriber.completed.get(5, TimeUnit.SECONDS);
    assertThatThrownBy(unanswered::join).cause().isInstanceOf(RealtimeException.class);
    scheduler.advance(Duration.ofMinutes(5));
    assertThat(peer.requests()).hasSize(1);
    assertThat(feed.state()).isEqualTo(ConnectionState.CLOSED);
    feed.close(); // idempotent
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("gradiant-realtime")) {
        thread.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(thread.isAlive()).as(thread.getName() + " ended").isFalse();
      }
    }
  }

  @Test
  void aServerThatEndsTheConnectionForGoodFailsTheSubscribers() throws Exception {
    try (GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("close-token")
            .build()) {
      RealtimeFeed feed = client.realtime();
      TestSubscriber subscriber = new TestSubscriber(10);
      feed.events().subscribe(subscriber);
      feed.subscribe(Channel.bookings("user_123"));
      FeedPeer.Socket socket = peer.nextConnection();
      socket.authenticate();

      socket.close(4403, "suspended");

      Throwable error = subscriber.error.get(5, TimeUnit.SECONDS);
      assertThat(((RealtimeException) error).closeReason().orElseThrow().kind())
          .isEqualTo(CloseReason.Kind.FORBIDDEN);
      assertThat(scheduler.pending()).isEmpty();
    }
  }
}
