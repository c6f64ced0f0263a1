package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An {@code unsubscribe} whose connection ends before the server answered it is done: its future
 * completes, and the channel is not subscribed again on the next connection.
 */
class RealtimeUnsubscribeTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private GradiantClient client;
  private RealtimeFeed feed;

  @BeforeEach
  void setUp() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("unsubscribe-token")
            .build();
    feed = client.realtime();
  }

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void anUnsubscribeCutOffByAReconnectCompletesAndTheChannelIsNotSubscribedAgain()
      throws Exception {
    Recorder recorder = new Recorder();
    feed.addListener(recorder);
    feed.subscribe(Channel.bookings("user_123"));
    feed.subscribe(Channel.conversation("conv_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(10);
    first.acceptSubscribe(3);
    recorder.awaitState(ConnectionState.OPEN);
    CompletableFuture<Void> unsubscribed = feed.unsubscribe(Channel.conversation("conv_123"));
    first.expect("unsubscribe");

    first.close(1001, "redeploy"); // before the server answered the unsubscribe

    // fails on main: the future never completed (the reconnect dropped it unanswered)
    unsubscribed.get(5, TimeUnit.SECONDS);
    scheduler.awaitWait(Duration.ofMillis(500));
    scheduler.advance(Duration.ofMillis(500));
    FeedPeer.Socket second = peer.nextConnection();
    second.authenticate();
    assertThat(second.acceptSubscribe(10).path("channel").asText()).isEqualTo("bookings:user_123");
    recorder.awaitState(ConnectionState.OPEN);
    // frames arrive in order: a second subscribe would come before this typing indicator
    assertThat(feed.sendTyping("conv_123", true)).isTrue();
    second.expect("typing");
  }
}
