package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reactive Streams rule 1.9: every subscriber of {@link RealtimeFeed#events()} gets {@code
 * onSubscribe} before any other signal, also when the feed ended before (or while) it subscribed,
 * and it always gets a terminal signal.
 */
class RealtimeSubscriberSignalsTest {
  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();

  @AfterEach
  void tearDown() {
    peer.close();
  }

  @Test
  void aSubscriberAfterCloseGetsOnSubscribeThenOnCompleteAtOnce() {
    GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("signals-token")
            .build();
    RealtimeFeed feed = client.realtime();
    client.close();
    Signals signals = new Signals();

    feed.events().subscribe(signals);

    // fails on main: nothing at all reached it (the delivery thread was gone)
    assertThat(signals.names()).containsExactly("onSubscribe", "onComplete");
    assertThat(peer.requests()).isEmpty();
  }

  @Test
  void aSubscriberAfterTheServerEndedTheFeedGetsOnSubscribeThenOnErrorWithTheReason()
      throws Exception {
    try (GradiantClient client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("signals-token")
            .build()) {
      RealtimeFeed feed = client.realtime();
      Recorder recorder = new Recorder();
      feed.addListener(recorder);
      feed.subscribe(Channel.bookings("user_123"));
      FeedPeer.Socket socket = peer.nextConnection();
      socket.authenticate();
      socket.close(4403, "suspended");
      recorder.awaitState(ConnectionState.CLOSED);
      Signals signals = new Signals();

      feed.events().subscribe(signals);

      assertThat(signals.names()).containsExactly("onSubscribe", "onError");
      assertThat(((RealtimeException) signals.error).closeReason().orElseThrow().kind())
          .isEqualTo(CloseReason.Kind.FORBIDDEN);
    }
  }

  /** Records the signals it receives, in order. */
  private static final class Signals implements Flow.Subscriber<RealtimeEvent> {
    private final List<String> names = new ArrayList<>();
    final CompletableFuture<Void> terminated = new CompletableFuture<>();
    volatile Throwable error;

    @Override
    public synchronized void onSubscribe(Flow.Subscription subscription) {
      names.add("onSubscribe");
      subscription.request(1);
    }

    @Override
    public synchronized void onNext(RealtimeEvent item) {
      names.add("onNext");
    }

    @Override
    public synchronized void onError(Throwable throwable) {
      error = throwable;
      names.add("onError");
      terminated.complete(null);
    }

    @Override
    public synchronized void onComplete() {
      names.add("onComplete");
      terminated.complete(null);
    }

    synchronized List<String> names() {
      return List.copyOf(names);
    }
  }
}
