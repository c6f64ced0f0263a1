package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's GraphQL subscriptions ({@code graphql-transport-ws}) frame by frame, each frame it
 * sends checked against the {@code graphql} channel of the AsyncAPI contract: {@code
 * connection_ack}, {@code next} with its position, {@code next} asking for a resync, {@code error},
 * {@code pong}; the client's {@code complete}; and the close codes of the protocol.
 */
class GraphqlFramesTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(9);
  private final RawGraphql socket = new RawGraphql(sandbox);

  @AfterEach
  void close() {
    socket.close();
    client.close();
    sandbox.close();
  }

  @Test
  void theContractListsTheServerMessages() {
    assertThat(ServerFrameContract.graphql().serverTypes())
        .containsExactly("complete", "connection_ack", "error", "next", "ping", "pong");
  }

  @Test
  void aBookingMadeThroughRestIsANextWithItsPositionUntilTheClientCompletes() {
    assertThat(socket.protocol()).isEqualTo("graphql-transport-ws");
    JsonNode ack = socket.initialize(sandbox.apiToken());
    assertThat(ack.at("/payload/userId").asText()).isEqualTo(sandbox.demoUserId());
    socket.subscribe("1", bookingUpdates(null));
    ping(); // the subscription runs: the sandbox answers in order

    Booking booking = book(0);

    JsonNode next = socket.expect("next");
    assertThat(next.path("id").asText()).isEqualTo("1");
    assertThat(next.at("/payload/data/bookingUpdates/id").asText()).isEqualTo(booking.id());
    assertThat(next.at("/payload/extensions/realtime/channel").asText())
        .isEqualTo("bookings:" + sandbox.demoUserId());
    assertThat(next.at("/payload/extensions/realtime/seq").asLong()).isPositive();
    assertThat(next.at("/payload/extensions/realtime/id").asText()).startsWith("evt_");
    assertThat(next.at("/payload/errors").isMissingNode()).isTrue();

    socket.send("{\"type\":\"complete\",\"id\":\"1\"}");
    ping(); // the sandbox has stopped it
    book(1);
    ping(); // no next for the completed subscription before the pong
  }

  @Test
  void heldNextFramesWaitOnTheOpenConnectionAndGoOutInOrderOnRelease() {
    socket.initialize(sandbox.apiToken());
    socket.subscribe("1", bookingUpdates(null));
    ping(); // the subscription runs

    sandbox.realtime().holdFrames();
    Booking first = book(0);
    Booking second = book(1);
    socket.send("{\"type\":\"ping\"}");

    // the two results and the pong, each made after its cause, wait at the gate, not on the wire
    assertThat(sandbox.realtime().awaitHeldFrames(3, Duration.ofSeconds(10))).isTrue();
    assertThat(sandbox.realtime().heldFrameCount()).isEqualTo(3);
    assertThat(socket.pending()).isEmpty();

    sandbox.realtime().releaseFrames();

    JsonNode one = socket.expect("next");
    JsonNode two = socket.expect("next");
    socket.expect("pong");
    assertThat(one.at("/payload/data/bookingUpdates/id").asText()).isEqualTo(first.id());
    assertThat(two.at("/payload/data/bookingUpdates/id").asText()).isEqualTo(second.id());
    assertThat(two.at("/payload/extensions/realtime/seq").asLong())
        .isEqualTo(one.at("/payload/extensions/realtime/seq").asLong() + 1);
    assertThat(sandbox.realtime().heldFrameCount()).isZero();

    Booking live = book(2);
    assertThat(socket.expect("next").at("/payload/data/bookingUpdates/id").asText())
        .isEqualTo(live.id());
    assertThat(sandbox.realtime().heldFrameCount()).isZero();
  }

  @Test
  void aResumeFromBeyondTheChannelIsANextAskingForAResync() {
    socket.initialize(sandbox.apiToken());

    socket.subscribe("r1", bookingUpdates(999_999L));

    JsonNode resync = socket.expect("next");
    assertThat(resync.path("id").asText()).isEqualTo("r1");
    assertThat(resync.at("/payload/data").isNull()).isTrue();
    assertThat(resync.at("/payload/extensions/realtime/resyncRequired").asBoolean()).isTrue();
    assertThat(resync.at("/payload/extensions/realtime/seq").canConvertToLong()).isTrue();
  }

  @Test
  void aResumeFromTheChannelsHistoryReplaysTheMissedResults() {
    Booking missed = book(0);
    socket.initialize(sandbox.apiToken());

    socket.subscribe("h1", bookingUpdates(0L));

    JsonNode replayed = socket.expect("next");
    assertThat(replayed.at("/payload/data/bookingUpdates/id").asText()).isEqualTo(missed.id());
    assertThat(replayed.at("/payload/extensions/realtime/seq").asLong()).isEqualTo(1);
  }

  @Test
  void aDocumentThatDoesNotValidateIsAnErrorAndTheConnectionStays() {
    socket.initialize(sandbox.apiToken());

    socket.subscribe("e1", request("invalid/BookingUpdatesUnknownField.graphql", null));

    JsonNode error = socket.expect("error");
    assertThat(error.path("id").asText()).isEqualTo("e1");
    assertThat(error.at("/payload/0/extensions/code").asText())
        .isEqualTo("GRAPHQL_VALIDATION_FAILED");
    ping();
  }

  @Test
  void anotherUsersBookingsAreAnError() {
    socket.initialize(sandbox.apiToken());
    ObjectNode request = TestSupport.JSON.createObjectNode();
    request.put("query", document("doc004/BookingUpdates.graphql"));
    request.putObject("variables").put("userId", "user_someone_else");

    socket.subscribe("x1", request.toString());

    JsonNode error = socket.expect("error");
    assertThat(error.path("id").asText()).isEqualTo("x1");
    assertThat(error.at("/payload/0/extensions/code").asText())
        .isEqualTo("INSUFFICIENT_PERMISSIONS");
  }

  @Test
  void aTokenTheSandboxDoesNotKnowIsClosed4401() {
    socket.send("{\"type\":\"connection_init\",\"payload\":{\"token\":\"gst_unknown\"}}");

    assertThat(socket.closeCode()).isEqualTo(4401);
    assertThat(socket.pending()).isEmpty();
  }

  @Test
  void aSecondConnectionInitIsClosed4429() {
    socket.initialize(sandbox.apiToken());

    socket.send("{\"type\":\"connection_init\",\"payload\":{\"token\":\"x\"}}");

    assertThat(socket.closeCode()).isEqualTo(4429);
  }

  @Test
  void aSubscribeBeforeTheAckIsClosed4401() {
    socket.subscribe("1", bookingUpdates(null));

    assertThat(socket.closeCode()).isEqualTo(4401);
  }

  @Test
  void aSubscriptionIdInUseIsClosed4409() {
    socket.initialize(sandbox.apiToken());
    socket.subscribe("same", bookingUpdates(null));

    socket.subscribe("same", bookingUpdates(null));

    assertThat(socket.closeCode()).isEqualTo(4409);
  }

  @Test
  void aMessageOfAnUnknownTypeIsClosed4400() {
    socket.initialize(sandbox.apiToken());

    socket.send("{\"type\":\"start\",\"id\":\"1\"}");

    assertThat(socket.closeCode()).isEqualTo(4400);
  }

  @Test
  void anUpgradeWithoutTheSubprotocolIsClosed4406() {
    try (RawGraphql other = new RawGraphql(sandbox, null)) {
      assertThat(other.protocol()).isEmpty();
      assertThat(other.closeCode()).isEqualTo(4406);
    }
  }

  private void ping() {
    socket.send("{\"type\":\"ping\"}");
    socket.expect("pong");
  }

  private String bookingUpdates(Long resumeFrom) {
    return request("doc004/BookingUpdates.graphql", resumeFrom);
  }

  private String request(String document, Long resumeFrom) {
    ObjectNode request = TestSupport.JSON.createObjectNode();
    request.put("query", document(document));
    request.putObject("variables").put("userId", sandbox.demoUserId());
    if (resumeFrom != null) {
      request.putObject("extensions").putObject("realtime").put("resumeFrom", resumeFrom);
    }
    return request.toString();
  }

  private static String document(String name) {
    try {
      return Files.readString(Path.of("src/test/resources/graphql", name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Booking book(int hourOffset) {
    return client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .serviceId("service_123")
                .scheduledAt(wednesday.plusHours(hourOffset).toInstant())
                .duration(30)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
  }
}
