package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static dev.gradiant.sdk.graphql.Subscriptions.elapse;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.graphql.GraphqlCloseReason.Kind;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After a dropped connection the client waits with the feed's backoff, opens a new one, sends
 * {@code connection_init} again and every active subscription again (new ids), resuming from the
 * last {@code seq} delivered and dropping what it already delivered; a subscription without a
 * position gets a missed-updates notice. Closes the protocol gives up on end the subscriptions,
 * typed.
 */
class GraphqlSubscriptionReconnectTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .apiToken("reconnect-token")
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  @Test
  void aDroppedConnectionIsInitializedAgainAndEveryActiveSubscriptionSentAgain() {
    EventLog<BookingUpdates> resumed = new EventLog<>();
    EventLog<BookingUpdates> quiet = new EventLog<>();
    EventLog<BookingUpdates> stopped = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, resumed);
    client.graphql().subscribe(bookingUpdates("user_456"), BookingUpdates.class, quiet);
    GraphqlSubscription gone =
        client.graphql().subscribe(bookingUpdates("user_789"), BookingUpdates.class, stopped);
    GqlPeer.Socket first = peer.nextConnection();
    first.acknowledge();
    String resumedId = first.expect("subscribe").path("id").asText();
    first.expect("subscribe");
    first.expect("subscribe");
    gone.close();
    first.expect("complete");
    first.sendBooking(resumedId, 11);
    first.sendBooking(resumedId, 12);
    assertThat(resumed.next().seq()).contains(11L);
    assertThat(resumed.next().seq()).contains(12L);

    first.close(1011, "internal error");

    elapse(scheduler, Duration.ofMillis(250));
    GqlPeer.Socket second = peer.nextConnection();
    assertThat(second.acknowledge().at("/payload/token").asText()).isEqualTo("reconnect-token");
    JsonNode again = second.expect("subscribe");
    JsonNode quietAgain = second.expect("subscribe");
    assertThat(again.at("/payload/variables/userId").asText()).isEqualTo("user_123");
    assertThat(again.at("/payload/extensions/realtime/resumeFrom").asLong()).isEqualTo(12);
    assertThat(again.path("id").asText()).isNotEqualTo(resumedId);
    assertThat(quietAgain.at("/payload/variables/userId").asText()).isEqualTo("user_456");
    assertThat(quietAgain.at("/payload/extensions").isMissingNode()).isTrue();
    second.sendBooking(again.path("id").asText(), 12); // already delivered: dropped
    second.sendBooking(again.path("id").asText(), 13);
    assertThat(resumed.next().seq()).contains(13L);
    GraphqlEvent<BookingUpdates> notice = quiet.next();
    assertThat(notice.missedUpdates()).isTrue();
    assertThat(notice.data()).isEmpty();
    assertThat(notice.closeReason().orElseThrow().kind()).isEqualTo(Kind.SERVER_ERROR);
    assertThat(notice.closeReason().orElseThrow().code()).isEqualTo(1011);

    long subscribes =
        Stream.concat(first.received().stream(), second.received().stream())
            .filter(frame -> frame.contains("\"type\":\"subscribe\""))
            .count();
    assertThat(subscribes).as("3 on the first connection, the 2 active ones again").isEqualTo(5);
    assertThat(resumed.pending()).isEmpty();
    assertThat(stopped.pending()).isEmpty();
    assertThat(peer.requests()).hasSize(2);
  }

  @Test
  void aResyncFromTheServerIsAMissedUpdatesNoticeAndResultsGoOnFromItsSeq() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    String id = socket.expect("subscribe").path("id").asText();

    socket.send(
        "{\"type\":\"next\",\"id\":\""
            + id
            + "\",\"payload\":{\"data\":null,\"extensions\":{\"realtime\":"
            + "{\"channel\":\"bookings:user_123\",\"seq\":40,\"resyncRequired\":true}}}}");
    socket.sendBooking(id, 40); // at the resync's position: not after it
    socket.sendBooking(id, 41);

    GraphqlEvent<BookingUpdates> notice = log.next();
    assertThat(notice.missedUpdates()).isTrue();
    assertThat(notice.closeReason()).isEmpty();
    assertThat(log.next().seq()).contains(41L);
  }

  static Stream<Arguments> closesThatEndTheSubscriptions() {
    return Stream.of(
        Arguments.of(4400, Kind.BAD_REQUEST),
        Arguments.of(4401, Kind.UNAUTHORIZED),
        Arguments.of(4403, Kind.FORBIDDEN),
        Arguments.of(4409, Kind.SUBSCRIBER_ALREADY_EXISTS),
        Arguments.of(4429, Kind.TOO_MANY_INIT_REQUESTS),
        Arguments.of(1000, Kind.NORMAL));
  }

  @ParameterizedTest
  @MethodSource("closesThatEndTheSubscriptions")
  void aCloseTheProtocolGivesUpOnEndsEverySubscriptionWithItsTypedReason(int code, Kind kind) {
    EventLog<BookingUpdates> log = new EventLog<>();
    EventLog<BookingUpdates> subscriber = new EventLog<>(10);
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    client
        .graphql()
        .publisher(bookingUpdates("user_456"), BookingUpdates.class)
        .subscribe(subscriber);
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    socket.expect("subscribe");
    socket.expect("subscribe");

    socket.close(code, "closed by the test");

    for (Throwable error : new Throwable[] {log.awaitError(), subscriber.awaitError()}) {
      GraphqlCloseReason reason =
          ((GraphqlSubscriptionException) error).closeReason().orElseThrow();
      assertThat(reason.code()).isEqualTo(code);
      assertThat(reason.kind()).isEqualTo(kind);
      assertThat(reason.reason()).isEqualTo("closed by the test");
      assertThat(reason.willReconnect()).isFalse();
    }
    assertThat(Subscriptions.pending(scheduler, Duration.ofMillis(250))).isFalse();
    assertThat(peer.requests()).hasSize(1);
  }

  @Test
  void goingAwayReconnectsWithinASecond() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket first = peer.nextConnection();
    first.acknowledge();
    first.expect("subscribe");

    first.close(1001, "redeploy");

    elapse(scheduler, Duration.ofMillis(500)); // at once: up to 1 s, jitter 0.5
    GqlPeer.Socket second = peer.nextConnection();
    second.acknowledge();
    second.expect("subscribe");
    GraphqlEvent<BookingUpdates> notice = log.next();
    assertThat(notice.missedUpdates()).isTrue();
    assertThat(notice.closeReason().orElseThrow().kind()).isEqualTo(Kind.GOING_AWAY);
    assertThat(notice.closeReason().orElseThrow().willReconnect()).isTrue();
  }
}
