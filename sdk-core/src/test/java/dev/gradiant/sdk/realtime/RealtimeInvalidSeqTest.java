package dev.gradiant.sdk.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.RealtimeTestClients;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A {@code seq} outside the contract's range (an integer, 1 to 2<sup>53</sup>-1 on events, 0 to
 * 2<sup>53</sup>-1 on {@code subscribed}) is a protocol violation by the server: the frame is not
 * delivered, the client closes the connection with {@code 1002} and reconnects with backoff,
 * resuming from the last event it delivered, so the channel's position is never corrupted.
 */
class RealtimeInvalidSeqTest {
  private static final String BOOKINGS = "bookings:user_123";

  private final FeedPeer peer = new FeedPeer();
  private final VirtualScheduler scheduler = new VirtualScheduler();
  private final Recorder recorder = new Recorder();
  private GradiantClient client;
  private RealtimeFeed feed;

  @BeforeEach
  void setUp() {
    client =
        RealtimeTestClients.builder(peer.baseUrl(), scheduler, scheduler.time)
            .apiToken("seq-token")
            .build();
    feed = client.realtime();
    feed.addListener(recorder);
  }

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @ParameterizedTest(name = "seq {0}")
  @ValueSource(
      strings = {"-5", "0", "9007199254740992", "99999999999999999999", "12.5", "1e1", "\"12\""})
  void anEventWithASeqOutsideTheContractClosesWith1002AndResumesFromTheLastGoodOne(String seq) {
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(10);
    first.sendBooking(BOOKINGS, 11);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(11);

    first.send(bookingWithRawSeq(seq));

    // fails on main: -5 was delivered (and became the channel's position), the others were
    // delivered as ephemeral or unknown events; the connection stayed open
    assertThat(first.clientClose()).isEqualTo(1002);
    StateChange violated = recorder.awaitState(ConnectionState.RECONNECTING);
    CloseReason reason = violated.closeReason().orElseThrow();
    assertThat(reason.code()).isEqualTo(1002);
    assertThat(reason.kind()).isEqualTo(CloseReason.Kind.PROTOCOL_ERROR);
    assertThat(reason.willReconnect()).isTrue();
    assertThat(violated.reconnectDelay()).contains(Duration.ofMillis(250));
    assertThat(recorder.pendingEvents()).isEmpty();

    scheduler.awaitWait(Duration.ofMillis(250));
    scheduler.advance(Duration.ofMillis(250));
    FeedPeer.Socket second = peer.nextConnection();
    second.authenticate();
    assertThat(second.acceptSubscribe(12).path("resumeFrom").asLong()).isEqualTo(11);
    second.sendBooking(BOOKINGS, 12);
    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(12);
  }

  @Test
  void aSubscribedWithANegativeSeqIsAViolationToo() {
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    String ref = first.expect("subscribe").path("ref").asText();

    first.send(
        "{\"type\":\"subscribed\",\"ref\":\""
            + ref
            + "\",\"channel\":\""
            + BOOKINGS
            + "\",\"seq\":-1}");

    // fails on main: the subscription was acknowledged at 0
    assertThat(first.clientClose()).isEqualTo(1002);
    assertThat(recorder.awaitState(ConnectionState.RECONNECTING).closeReason().orElseThrow().kind())
        .isEqualTo(CloseReason.Kind.PROTOCOL_ERROR);
  }

  @Test
  void aSeqOfZeroOnSubscribedAndTheLargestSeqAreAccepted() {
    feed.subscribe(Channel.bookings("user_123"));
    FeedPeer.Socket first = peer.nextConnection();
    first.authenticate();
    first.acceptSubscribe(0);

    first.send(bookingWithRawSeq("9007199254740991"));

    assertThat(((BookingUpdate) recorder.nextEvent()).seq()).isEqualTo(9007199254740991L);
  }

  private static String bookingWithRawSeq(String seq) {
    return "{\"type\":\"booking_update\",\"channel\":\""
        + BOOKINGS
        + "\",\"seq\":"
        + seq
        + ",\"id\":\"evt_x\",\"createdAt\":\"2024-01-01T09:00:00Z\",\"event\":\"booking.updated\","
        + "\"data\":{\"id\":\"booking_x\",\"userId\":\"user_123\",\"status\":\"confirmed\"}}";
  }
}
