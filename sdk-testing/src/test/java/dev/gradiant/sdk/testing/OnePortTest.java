package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.graphql.GraphqlException;
import dev.gradiant.sdk.graphql.GraphqlRequest;
import dev.gradiant.sdk.realtime.BookingUpdate;
import dev.gradiant.sdk.realtime.Channel;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * REST, GraphQL over HTTP, the live feed and GraphQL subscriptions on the sandbox's one port: a
 * client given only {@link GradiantSandbox#baseUrl()} reaches all four.
 */
class OnePortTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void aClientGivenOnlyTheBaseUrlGetsRestGraphqlTheLiveFeedAndASubscriptionOnOnePort()
      throws Exception {
    LiveFeedTest.Recorder feed = new LiveFeedTest.Recorder();
    client.realtime().addListener(feed);
    client.realtime().subscribe(Channel.bookings(sandbox.demoUserId())).get(10, TimeUnit.SECONDS);
    GraphqlSubscriptionsSandboxTest.Events<GraphqlSubscriptionsSandboxTest.Updates> updates =
        new GraphqlSubscriptionsSandboxTest.Events<>();
    client
        .graphql()
        .subscribe(
            GraphqlRequest.builder()
                .query(GraphqlSandboxTest.document("doc004/BookingUpdates.graphql"))
                .variable("userId", sandbox.demoUserId())
                .build(),
            GraphqlSubscriptionsSandboxTest.Updates.class,
            updates);
    awaitSubscribed();

    Booking booking =
        client
            .bookings()
            .create(
                BookingCreateParams.builder()
                    .practitionerId("prac_102")
                    .serviceId("service_123")
                    .scheduledAt(TestSupport.nextWednesday(9).toInstant())
                    .duration(30)
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());

    BookingUpdate event = feed.nextBookingUpdate();
    assertThat(event.booking().id()).isEqualTo(booking.id());
    assertThat(updates.next().dataOrThrow().bookingUpdates().id()).isEqualTo(booking.id());
    List<GraphqlSandboxTest.BookingNode> listed =
        client
            .graphql()
            .paginate(
                GraphqlRequest.builder()
                    .query(GraphqlSandboxTest.document("sdk/UserBookings.graphql"))
                    .variable("userId", sandbox.demoUserId())
                    .variable("first", 50)
                    .build(),
                "user.bookings",
                GraphqlSandboxTest.BookingNode.class)
            .stream()
            .toList();
    assertThat(listed).extracting(GraphqlSandboxTest.BookingNode::id).contains(booking.id());
    assertThat(sandbox.requests())
        .extracting(RecordedRequest::method, RecordedRequest::path)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("POST", "/bookings"),
            org.assertj.core.groups.Tuple.tuple("POST", "/graphql"));
    assertThat(URI.create(sandbox.baseUrl()).getPort()).isEqualTo(sandbox.port());
    assertThat(sandbox.realtimeUrl()).isEqualTo("ws://127.0.0.1:" + sandbox.port() + "/v1");
  }

  /** Waits until the subscriptions sent before run: the server answers messages in order. */
  private void awaitSubscribed() throws Exception {
    GraphqlSubscriptionsSandboxTest.Events<GraphqlSubscriptionsSandboxTest.Updates> barrier =
        new GraphqlSubscriptionsSandboxTest.Events<>();
    client
        .graphql()
        .subscribe(
            GraphqlRequest.builder()
                .query(GraphqlSandboxTest.document("invalid/BookingUpdatesUnknownField.graphql"))
                .variable("userId", sandbox.demoUserId())
                .build(),
            GraphqlSubscriptionsSandboxTest.Updates.class,
            barrier);
    assertThat(barrier.awaitError()).isInstanceOf(GraphqlException.class);
  }
}
