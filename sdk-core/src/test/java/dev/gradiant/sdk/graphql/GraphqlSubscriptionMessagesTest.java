package dev.gradiant.sdk.graphql;

import static dev.gradiant.sdk.graphql.Subscriptions.bookingUpdates;
import static dev.gradiant.sdk.graphql.Subscriptions.elapse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.RealtimeTestClients;
import dev.gradiant.sdk.graphql.Subscriptions.BookingUpdates;
import dev.gradiant.sdk.logging.CapturedLogs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the server sends on an acknowledged connection: {@code next} results (their field errors
 * typed), {@code error} (the subscription ends with a {@link GraphqlException}), {@code complete},
 * {@code ping}; and what the client sends: {@code complete} once when the application stops a
 * subscription, {@code ping} every 25 s, and a new connection when a {@code ping} goes unanswered.
 */
class GraphqlSubscriptionMessagesTest {
  private final GqlPeer peer = new GqlPeer();
  private final ManualScheduler scheduler = new ManualScheduler();
  private final GradiantClient client =
      RealtimeTestClients.builder(
              peer.baseUrl(), scheduler, new FakeTime(Instant.parse("2024-01-01T09:00:00Z")))
          .apiToken("messages-token")
          .build();

  @AfterEach
  void tearDown() {
    client.close();
    peer.close();
  }

  private GqlPeer.Socket open() {
    GqlPeer.Socket socket = peer.nextConnection();
    socket.acknowledge();
    return socket;
  }

  @Test
  void resultsArriveInOrderWithTheirFieldErrorsTypedAndPartialDataKept() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = open();
    String id = socket.expect("subscribe").path("id").asText();

    socket.sendBooking(id, 1);
    socket.send(
        "{\"type\":\"next\",\"id\":\""
            + id
            + "\",\"payload\":{\"data\":{\"bookingUpdates\":{\"id\":\"booking_2\","
            + "\"status\":\"CANCELLED\",\"scheduledAt\":\"2024-01-01T10:00:00Z\","
            + "\"practitioner\":null}},\"errors\":[{\"message\":\"Practitioner prac_9 is hidden\","
            + "\"locations\":[{\"line\":6,\"column\":5}],"
            + "\"path\":[\"bookingUpdates\",\"practitioner\"],"
            + "\"extensions\":{\"code\":\"INSUFFICIENT_PERMISSIONS\"}}]}}");

    assertThat(log.next().dataOrThrow().bookingUpdates().status()).isEqualTo("CONFIRMED");
    GraphqlEvent<BookingUpdates> partial = log.next();
    assertThat(partial.missedUpdates()).isFalse();
    assertThat(partial.data().orElseThrow().bookingUpdates().id()).isEqualTo("booking_2");
    GraphqlError error = partial.errors().get(0);
    assertThat(error.code()).contains("INSUFFICIENT_PERMISSIONS");
    assertThat(error.path()).containsExactly("bookingUpdates", "practitioner");
    assertThat(error.locations()).containsExactly(new GraphqlError.Location(6, 5));
    GraphqlException thrown = catchThrowableOfType(GraphqlException.class, partial::dataOrThrow);
    assertThat(thrown.executed()).isTrue();
    assertThat(thrown.data(BookingUpdates.class)).isPresent();
    assertThat(thrown.getMessage())
        .contains("INSUFFICIENT_PERMISSIONS at bookingUpdates.practitioner")
        .doesNotContain("prac_9");
  }

  @Test
  void anErrorMessageEndsTheSubscriptionWithAGraphqlExceptionAndTheLastOneClosesTheSocket() {
    EventLog<BookingUpdates> log = new EventLog<>();
    GraphqlSubscription subscription =
        client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = open();
    String id = socket.expect("subscribe").path("id").asText();

    socket.send(
        "{\"type\":\"error\",\"id\":\""
            + id
            + "\",\"payload\":[{\"message\":\"Field 'colour' in type 'Booking' is undefined\","
            + "\"locations\":[{\"line\":1,\"column\":72}],"
            + "\"extensions\":{\"code\":\"GRAPHQL_VALIDATION_FAILED\"}}]}");

    GraphqlException error = (GraphqlException) log.awaitError();
    assertThat(error.executed()).isFalse();
    assertThat(error.errors())
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("GRAPHQL_VALIDATION_FAILED");
    assertThat(error.getMessage())
        .startsWith("GraphQL subscription refused (WebSocket, 1 error)")
        .doesNotContain("colour");
    assertThat(subscription.isActive()).isFalse();
    assertThat(socket.clientClose()).as("no subscription left").isEqualTo(1000);
    assertThat(socket.pendingFrames())
        .as("no complete for an operation the server ended")
        .isEmpty();
  }

  @Test
  void completeFromTheServerCompletesTheListener() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = open();
    String id = socket.expect("subscribe").path("id").asText();
    socket.sendBooking(id, 1);

    socket.send("{\"type\":\"complete\",\"id\":\"" + id + "\"}");

    log.awaitComplete();
    assertThat(log.next().seq()).as("results before the end are delivered first").contains(1L);
    assertThat(socket.clientClose()).isEqualTo(1000);
  }

  @Test
  void closingASubscriptionSendsCompleteOnceAndNothingMoreReachesItsListener() {
    EventLog<BookingUpdates> stopped = new EventLog<>();
    EventLog<BookingUpdates> kept = new EventLog<>();
    GraphqlSubscription first =
        client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, stopped);
    client.graphql().subscribe(bookingUpdates("user_456"), BookingUpdates.class, kept);
    GqlPeer.Socket socket = open();
    String firstId = socket.expect("subscribe").path("id").asText();
    String keptId = socket.expect("subscribe").path("id").asText();
    assertThat(keptId).isNotEqualTo(firstId);

    first.close();
    first.close();

    assertThat(socket.expect("complete").path("id").asText()).isEqualTo(firstId);
    socket.sendBooking(firstId, 1); // crossed the complete: dropped
    socket.sendBooking(keptId, 2);
    assertThat(kept.next().seq()).contains(2L);
    assertThat(stopped.pending()).isEmpty();
    assertThat(stopped.completed).isNotDone();
    assertThat(first.isActive()).isFalse();
    assertThat(socket.pendingFrames()).as("complete sent once").isEmpty();
    assertThat(socket.received().stream().filter(f -> f.contains("\"complete\"")).count())
        .isEqualTo(1);
  }

  @Test
  void pingsAreAnsweredAndAConnectionSilentAfterAPingIsReplacedAndSubscribedAgain() {
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket first = open();
    String id = first.expect("subscribe").path("id").asText();
    first.send("{\"type\":\"ping\"}");
    first.expect("pong");

    elapse(scheduler, Duration.ofSeconds(25));
    first.expect("ping");
    first.send("{\"type\":\"pong\"}");
    first.sendBooking(id, 3);
    log.next(); // read after the pong: the client has seen both
    elapse(scheduler, Duration.ofSeconds(10)); // the pong came in time: still alive
    elapse(scheduler, Duration.ofSeconds(25));
    first.expect("ping");
    elapse(scheduler, Duration.ofSeconds(10)); // no answer to this one

    assertThat(first.clientClose()).isEqualTo(1006);
    elapse(scheduler, Duration.ofMillis(250));
    GqlPeer.Socket second = open();
    JsonNode again = second.expect("subscribe");
    assertThat(again.path("id").asText()).isNotEqualTo(id);
    assertThat(again.at("/payload/extensions/realtime/resumeFrom").asLong()).isEqualTo(3);
    assertThat(log.pending()).as("resumed: no missed-updates notice").isEmpty();
    assertThat(peer.requests()).hasSize(2);
    assertThat(List.of(first.received().get(0), second.received().get(0)))
        .allMatch(frame -> frame.contains("connection_init"));
  }

  @Test
  void whatAServerPutsInAnUnknownMessageNeverReachesALogLine() {
    CapturedLogs.clear();
    EventLog<BookingUpdates> log = new EventLog<>();
    client.graphql().subscribe(bookingUpdates("user_123"), BookingUpdates.class, log);
    GqlPeer.Socket socket = open();
    socket.expect("subscribe");

    socket.send("{\"type\":\"patient jane.doe@example.com\\nFORGED\",\"id\":\"ssn-123-45-6789\"}");

    assertThat(socket.clientClose()).isEqualTo(4400);
    log.awaitError();
    assertThat(CapturedLogs.lines())
        .anyMatch(line -> line.contains("closing with 4400"))
        .noneMatch(line -> line.contains("jane.doe") || line.contains("FORGED"))
        .noneMatch(line -> line.contains("ssn-123"));
  }
}
