package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code client.async().realtime()} is the client's one feed: the same instance, connection and
 * subscriptions as {@code client.realtime()}, closed with the client.
 */
class RealtimeAsyncFaceTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();

  @AfterEach
  void tearDown() {
    peer.close();
  }

  @Test
  void theAsyncFaceSharesTheClientsOneFeedAndConnection() throws Exception {
    GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("async-token")
            .build();
    // fails on main: AsyncGradiantClient had no realtime()
    RealtimeFeed feed = client.async().realtime();
    assertThat(feed).isSameAs(client.realtime());
    Recorder recorder = new Recorder();
    feed.addListener(recorder);

    CompletableFuture<Subscribed> subscribed = feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    assertThat(socket.authenticate().path("token").asText()).isEqualTo("async-token");
    socket.acceptSubscribe(3);
    assertThat(subscribed.get(5, TimeUnit.SECONDS).seq()).isEqualTo(3);
    // the blocking face sees the same subscription: nothing more is sent for it
    assertThat(client.realtime().subscribe(Channel.bookings("user_123")).get(5, TimeUnit.SECONDS))
        .isEqualTo(subscribed.join());
    socket.sendBooking("bookings:user_123", 4);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(4);
    assertThat(socket.pendingFrames()).isEmpty();

    client.close();

    assertThat(socket.clientClose()).isEqualTo(1000);
    assertThat(feed.state()).isEqualTo(ConnectionState.CLOSED);
    assertThat(peer.requests()).as("one WebSocket for both faces").hasSize(1);
  }
}
