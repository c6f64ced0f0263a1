package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A subscriber gets only what it requested; when its buffer fills, {@link OverflowPolicy} applies:
 * by default the feed drops the connection and resumes from that subscriber's last event once it
 * caught up (nothing lost, nothing twice), or with {@code FAIL} the subscriber gets {@code
 * onError}.
 */
class RealtimeBackPressureTest {
  private static final String BOOKINGS = "bookings:user_123";

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private GradiantClient client;

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  private RealtimeFeed feed(OverflowPolicy policy, int capacity) {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("pressure-token")
            .realtimeBuffer(capacity, policy)
            .build();
    return client.realtime();
  }

  @Test
  void aSlowSubscriberLosesNothingAndSeesNothingTwiceAcrossTheOverflowReconnect() {
    RealtimeFeed feed = feed(OverflowPolicy.RECONNECT_AND_RESUME, 8);
    TestSubscriber slow = new TestSubscriber(1);
    feed.events().subscribe(slow);
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(0);
    // 1 is taken before the rest come (else the buffer would end at 8, not 9: a race of threads)
    first.sendBooking(BOOKINGS, 1);
    assertThat(((BookingUpdate) slow.next()).seq()).isEqualTo(1);
    for (int seq = 2; seq <= 10; seq++) {
      first.sendBooking(BOOKINGS, seq);
    }

    assertThat(first.clientClose()).as("the client dropped the connection").isEqualTo(1000);
    assertThat(slow.pending()).as("only what was requested").isZero();
    assertThat(feed.state()).isEqualTo(ConnectionState.RECONNECTING);

    // The subscriber catches up: the feed reconnects once its buffer is half empty (4 left at
    // most), and resumes from the last event it buffered: 2 to 9 fill it, 10 overflows.
    slow.request(100);
    FeedPeer.Socket second = peer.nextConnection();
    second.authenticate();
    long from = second.acceptSubscribe(10).path("resumeFrom").asLong();
    assertThat(from).isEqualTo(9L);
    for (long seq = from - 1; seq <= 10; seq++) { // one repeated on purpose
      second.sendBooking(BOOKINGS, seq);
    }
    List<Long> seen = new ArrayList<>(List.of(1L));
    while (seen.size() < 10) {
      seen.add(((BookingUpdate) slow.next()).seq());
    }
    second.sendBooking(BOOKINGS, 11);
    second.sendBooking(BOOKINGS, 12);
    seen.add(((BookingUpdate) slow.next()).seq());
    seen.add(((BookingUpdate) slow.next()).seq());

    assertThat(seen).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
    assertThat(peer.requests()).hasSize(2);
  }

  @Test
  void withTheFailPolicyAFullBufferEndsTheFeedAndSignalsOnError() throws Exception {
    RealtimeFeed feed = feed(OverflowPolicy.FAIL, 4);
    TestSubscriber idle = new TestSubscriber(0);
    Recorder recorder = new Recorder();
    feed.events().subscribe(idle);
    feed.addListener(recorder);
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket socket = peer.nextConnection();
    socket.authenticate();
    socket.acceptSubscribe(0);
    for (int seq = 1; seq <= 5; seq++) {
      socket.sendBooking(BOOKINGS, seq);
    }

    Throwable error = idle.error.get(5, TimeUnit.SECONDS);
    assertThat(error).isInstanceOf(RealtimeOverflowException.class);
    assertThat(((RealtimeOverflowException) error).closeReason().orElseThrow().kind())
        .isEqualTo(CloseReason.Kind.CLIENT_OVERFLOW);
    assertThat(socket.clientClose()).isEqualTo(1000);
    StateChange closed = recorder.awaitState(ConnectionState.CLOSED);
    assertThat(closed.closeReason().orElseThrow().willReconnect()).isFalse();
    assertThat(idle.pending()).isZero();
    assertThat(scheduler.pending()).isEmpty();
    assertThat(peer.requests()).hasSize(1);
  }
}
