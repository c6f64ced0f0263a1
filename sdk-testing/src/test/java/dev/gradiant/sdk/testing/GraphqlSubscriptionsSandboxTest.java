package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conversations.MessageCreateParams;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.graphql.GraphqlCloseReason;
import dev.gradiant.sdk.graphql.GraphqlEvent;
import dev.gradiant.sdk.graphql.GraphqlException;
import dev.gradiant.sdk.graphql.GraphqlRequest;
import dev.gradiant.sdk.graphql.GraphqlSubscriptionException;
import dev.gradiant.sdk.graphql.GraphqlSubscriptionListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's GraphQL subscriptions against the sandbox, which serves {@code graphql-transport-ws} on
 * the feed's port from the same state as REST: a booking made through REST is a {@code
 * bookingUpdates} result, a chat message a {@code messageAdded} one; a dropped connection is
 * resubscribed and resumed with nothing missed or repeated; the sandbox's close knob and an unknown
 * token end the subscription with a typed reason.
 */
class GraphqlSubscriptionsSandboxTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client =
      TestSupport.builder(sandbox)
          .realtimeUrl(sandbox.realtimeUrl())
          .apiToken(sandbox.apiToken())
          .build();
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(9);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  /** The data of {@code doc004/BookingUpdates.graphql}. */
  public record Updates(Booked bookingUpdates) {}

  /** The booking fields it selects. */
  public record Booked(String id, String status, Practitioner practitioner) {}

  /** The practitioner fields it selects. */
  public record Practitioner(Person user) {}

  /** A person's selected names. */
  public record Person(String id, String firstName) {}

  /** The data of {@code doc004/ChatMessages.graphql}. */
  public record Added(Posted messageAdded) {}

  /** The message fields it selects. */
  public record Posted(String id, String content, String type, Person sender) {}

  @Test
  void aBookingMadeThroughRestArrivesAsABookingUpdatesResult() throws Exception {
    Events<Updates> events = subscribeToDemoBookings();

    Booking booking = book(0);

    GraphqlEvent<Updates> event = events.next();
    Booked booked = event.dataOrThrow().bookingUpdates();
    assertThat(booked.id()).isEqualTo(booking.id());
    assertThat(booked.practitioner().user().firstName()).isNotBlank();
    assertThat(event.seq()).isPresent();
    assertThat(event.eventId()).hasValueSatisfying(id -> assertThat(id).startsWith("evt_"));
  }

  @Test
  void aDroppedConnectionIsSubscribedAgainAndResumedWithTheMissedBookingOnce() throws Exception {
    Events<Updates> events = subscribeToDemoBookings();
    Booking first = book(0);
    assertThat(events.next().dataOrThrow().bookingUpdates().id()).isEqualTo(first.id());

    sandbox.realtime().dropConnections();
    Booking missed = book(1);
    Booking after = book(2);

    List<String> received = new ArrayList<>();
    GraphqlEvent<Updates> event;
    do {
      event = events.next();
      assertThat(event.missedUpdates()).as("resumed: nothing missed").isFalse();
      received.add(event.dataOrThrow().bookingUpdates().id());
    } while (!received.get(received.size() - 1).equals(after.id()));
    assertThat(received).containsExactly(missed.id(), after.id());
    assertThat(events.pending()).isEmpty();
  }

  @Test
  void aMessagePostedThroughRestArrivesAsAMessageAddedResult() throws Exception {
    Events<Added> events = new Events<>();
    client
        .graphql()
        .subscribe(
            GraphqlRequest.builder()
                .query(document("doc004/ChatMessages.graphql"))
                .variable("conversationId", "conv_demo_1")
                .build(),
            Added.class,
            events);
    awaitSubscribed();

    client
        .conversations()
        .sendMessage("conv_demo_1", MessageCreateParams.builder().content("See you soon").build());

    Posted posted = events.next().dataOrThrow().messageAdded();
    assertThat(posted.content()).isEqualTo("See you soon");
    assertThat(posted.type()).isEqualTo("TEXT");
    assertThat(posted.sender().id()).isEqualTo(sandbox.demoUserId());
  }

  @Test
  void theSandboxsCloseKnobEndsTheSubscriptionWithItsTypedReason() throws Exception {
    Events<Updates> events = subscribeToDemoBookings();

    sandbox.realtime().closeConnections(4403);

    GraphqlSubscriptionException error = (GraphqlSubscriptionException) events.awaitError();
    GraphqlCloseReason reason = error.closeReason().orElseThrow();
    assertThat(reason.code()).isEqualTo(4403);
    assertThat(reason.kind()).isEqualTo(GraphqlCloseReason.Kind.FORBIDDEN);
  }

  @Test
  void aTokenTheSandboxDoesNotKnowIsUnauthorized() throws Exception {
    try (GradiantClient stranger =
        TestSupport.builder(sandbox)
            .realtimeUrl(sandbox.realtimeUrl())
            .apiToken("gst_not_a_sandbox_token")
            .build()) {
      Events<Updates> events = new Events<>();
      stranger.graphql().subscribe(demoBookings(), Updates.class, events);

      GraphqlSubscriptionException error = (GraphqlSubscriptionException) events.awaitError();
      assertThat(error.closeReason().orElseThrow().kind())
          .isEqualTo(GraphqlCloseReason.Kind.UNAUTHORIZED);
      assertThat(error.closeReason().orElseThrow().code()).isEqualTo(4401);
    }
  }

  private Events<Updates> subscribeToDemoBookings() throws Exception {
    Events<Updates> events = new Events<>();
    client.graphql().subscribe(demoBookings(), Updates.class, events);
    awaitSubscribed();
    return events;
  }

  /**
   * Waits until the server runs the subscriptions sent before: it answers messages in order, so the
   * {@code error} of a document that does not validate, sent after them, comes once they run.
   */
  private void awaitSubscribed() throws Exception {
    Events<Updates> barrier = new Events<>();
    client
        .graphql()
        .subscribe(
            GraphqlRequest.builder()
                .query(document("invalid/BookingUpdatesUnknownField.graphql"))
                .variable("userId", sandbox.demoUserId())
                .build(),
            Updates.class,
            barrier);
    GraphqlException refused = (GraphqlException) barrier.awaitError();
    assertThat(refused.errors().get(0).code()).contains("GRAPHQL_VALIDATION_FAILED");
    assertThat(refused.executed()).isFalse();
  }

  private GraphqlRequest demoBookings() {
    return GraphqlRequest.builder()
        .query(document("doc004/BookingUpdates.graphql"))
        .variable("userId", sandbox.demoUserId())
        .build();
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

  /** Records a subscription's events and its end. */
  static final class Events<T> implements GraphqlSubscriptionListener<T> {
    private final BlockingQueue<GraphqlEvent<T>> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<GradiantException> error = new CompletableFuture<>();

    @Override
    public void onEvent(GraphqlEvent<T> event) {
      events.add(event);
    }

    @Override
    public void onError(GradiantException failure) {
      error.complete(failure);
    }

    GraphqlEvent<T> next() throws InterruptedException {
      GraphqlEvent<T> event = events.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("an event arrived").isNotNull();
      return event;
    }

    List<GraphqlEvent<T>> pending() {
      return List.copyOf(events);
    }

    GradiantException awaitError() throws Exception {
      return error.get(10, TimeUnit.SECONDS);
    }
  }
}
