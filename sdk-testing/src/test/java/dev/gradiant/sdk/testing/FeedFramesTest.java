package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingUpdateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.conversations.MessageCreateParams;
import dev.gradiant.sdk.payments.PaymentIntent;
import dev.gradiant.sdk.payments.PaymentIntentCreateParams;
import dev.gradiant.sdk.payments.PaymentMethodType;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox's live feed frame by frame, each frame checked against the AsyncAPI contract: {@code
 * auth} first, {@code subscribe} with {@code resumeFrom} replaying the channel's history before
 * live events, {@code ping}, {@code unsubscribe}, chat messages once per idempotency key, and the
 * close codes of refusals and of the test knobs.
 */
class FeedFramesTest {
  private static final String CONVERSATION = "conv_demo_1";

  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(9);
  private final RawFeed feed = new RawFeed(sandbox);

  @AfterEach
  void close() {
    feed.close();
    client.close();
    sandbox.close();
  }

  @Test
  void subscribeWithResumeFromReplaysTheMissedBookingsThenLiveOnes() {
    Booking first = book(0);
    Booking second = book(1);
    JsonNode authenticated = feed.authenticate(sandbox.apiToken());
    assertThat(authenticated.path("ref").asText()).isEqualTo("a1");
    assertThat(authenticated.path("userId").asText()).isEqualTo(sandbox.demoUserId());
    String channel = "bookings:" + sandbox.demoUserId();

    feed.send(
        "{\"type\":\"subscribe\",\"ref\":\"s1\",\"channel\":\"" + channel + "\",\"resumeFrom\":0}");

    JsonNode subscribed = feed.expect("subscribed");
    assertThat(subscribed.path("ref").asText()).isEqualTo("s1");
    assertThat(subscribed.path("channel").asText()).isEqualTo(channel);
    long latest = subscribed.path("seq").asLong();
    assertThat(latest).isGreaterThanOrEqualTo(2);
    JsonNode replayed = null;
    for (long seq = 1; seq <= latest; seq++) {
      replayed = feed.expect("booking_update");
      assertThat(replayed.path("seq").asLong()).isEqualTo(seq);
      if (seq == latest - 1) {
        assertThat(replayed.path("data").path("id").asText()).isEqualTo(first.id());
      }
    }
    assertThat(replayed.path("data").path("id").asText()).isEqualTo(second.id());
    assertThat(replayed.path("event").asText()).isEqualTo("booking.created");

    Booking live = book(2);
    JsonNode event = feed.expect("booking_update");
    assertThat(event.path("seq").asLong()).isEqualTo(latest + 1);
    assertThat(event.path("data").path("id").asText()).isEqualTo(live.id());

    feed.send("{\"type\":\"ping\",\"ref\":\"p1\"}");
    assertThat(feed.expect("pong").path("ref").asText()).isEqualTo("p1");
    feed.send("{\"type\":\"unsubscribe\",\"ref\":\"u1\",\"channel\":\"" + channel + "\"}");
    assertThat(feed.expect("unsubscribed").path("channel").asText()).isEqualTo(channel);
    book(3);
    feed.send("{\"type\":\"ping\",\"ref\":\"p2\"}");
    assertThat(feed.expect("pong").path("ref").asText())
        .as("no event after unsubscribe")
        .isEqualTo("p2");
  }

  @Test
  void everyRestChangeOfABookingIsABookingUpdate() {
    feed.authenticate(sandbox.apiToken());
    String channel = "bookings:" + sandbox.demoUserId();
    feed.send("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\"}");
    feed.expect("subscribed");

    Booking booking = book(0);
    client
        .bookings()
        .update(booking.id(), BookingUpdateParams.builder().notes("Bring notes").build());
    sandbox.setBookingStatus(booking.id(), "confirmed");
    client.bookings().cancel(booking.id());

    List<String> events = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      JsonNode event = feed.expect("booking_update");
      assertThat(event.path("data").path("id").asText()).isEqualTo(booking.id());
      events.add(event.path("event").asText() + " " + event.path("data").path("status").asText());
    }
    assertThat(events)
        .containsExactly(
            "booking.created pending",
            "booking.updated pending",
            "booking.confirmed confirmed",
            "booking.cancelled cancelled");
    assertThat(sandbox.deliveries()).isEmpty();
  }

  @Test
  void aPaymentConfirmedThroughRestIsABookingUpdate() {
    feed.authenticate(sandbox.apiToken());
    feed.send("{\"type\":\"subscribe\",\"channel\":\"bookings:" + sandbox.demoUserId() + "\"}");
    feed.expect("subscribed");
    Booking booking = book(0);
    feed.expect("booking_update");
    PaymentIntent intent =
        client
            .payments()
            .create(
                PaymentIntentCreateParams.builder()
                    .bookingId(booking.id())
                    .amount(booking.price().orElseThrow())
                    .paymentMethodTypes(PaymentMethodType.CARD)
                    .build());

    client.payments().confirm(intent.id());

    JsonNode event = feed.expect("booking_update");
    assertThat(event.path("event").asText()).isEqualTo("booking.updated");
    assertThat(event.path("data").path("id").asText()).isEqualTo(booking.id());
    assertThat(event.path("data").path("paymentStatus").asText()).isEqualTo("completed");
  }

  @Test
  void aResumeFromBeyondTheChannelAsksForAResync() {
    feed.authenticate(sandbox.apiToken());
    String channel = "bookings:" + sandbox.demoUserId();

    feed.send("{\"type\":\"subscribe\",\"channel\":\"" + channel + "\",\"resumeFrom\":999999}");

    long seq = feed.expect("subscribed").path("seq").asLong();
    JsonNode resync = feed.expect("resync_required");
    assertThat(resync.path("seq").asLong()).isEqualTo(seq);
    assertThat(resync.path("reason").asText()).isEqualTo("history_reset");
  }

  @Test
  void anotherUsersBookingsAreRefused() {
    feed.authenticate(sandbox.apiToken());

    feed.send("{\"type\":\"subscribe\",\"ref\":\"s1\",\"channel\":\"bookings:user_someone_else\"}");

    JsonNode error = feed.expect("error");
    assertThat(error.path("ref").asText()).isEqualTo("s1");
    assertThat(error.path("error").path("code").asText()).isEqualTo("INSUFFICIENT_PERMISSIONS");
  }

  @Test
  void aMessageBeforeAuthIsClosedUnauthorized() {
    feed.send("{\"type\":\"ping\"}");

    assertThat(feed.expect("error").path("error").path("code").asText())
        .isEqualTo("AUTHENTICATION_REQUIRED");
    assertThat(feed.closeCode()).isEqualTo(4401);
  }

  @Test
  void aTokenTheSandboxDoesNotKnowIsClosedUnauthorized() {
    feed.send("{\"type\":\"auth\",\"ref\":\"a1\",\"token\":\"gst_not_a_sandbox_token\"}");

    JsonNode error = feed.expect("error");
    assertThat(error.path("ref").asText()).isEqualTo("a1");
    assertThat(error.path("error").path("code").asText()).isEqualTo("INVALID_TOKEN");
    assertThat(feed.closeCode()).isEqualTo(4401);
  }

  @Test
  void aChatMessageIsStoredOncePerIdempotencyKeyAndPublished() {
    feed.authenticate(sandbox.apiToken());
    feed.send("{\"type\":\"subscribe\",\"channel\":\"conversations:" + CONVERSATION + "\"}");
    long seq = feed.expect("subscribed").path("seq").asLong();
    String message =
        "{\"type\":\"message\",\"ref\":\"%s\",\"conversationId\":\""
            + CONVERSATION
            + "\",\"content\":\"Running late\",\"idempotencyKey\":\"key-1\"}";

    feed.send(message.formatted("m1"));
    JsonNode published = feed.expect("message");
    JsonNode accepted = feed.expect("message_accepted");
    feed.send(message.formatted("m2"));
    JsonNode again = feed.expect("message_accepted");

    assertThat(published.path("seq").asLong()).isEqualTo(seq + 1);
    assertThat(accepted.path("ref").asText()).isEqualTo("m1");
    assertThat(again.path("ref").asText()).isEqualTo("m2");
    String id = accepted.path("data").path("id").asText();
    assertThat(again.path("data").path("id").asText()).isEqualTo(id);
    assertThat(published.path("data").path("id").asText()).isEqualTo(id);
    List<Message> stored =
        client.conversations().listMessages(CONVERSATION).autoPager().stream()
            .filter(m -> m.id().equals(id))
            .toList();
    assertThat(stored).singleElement();

    Message rest =
        client
            .conversations()
            .sendMessage(CONVERSATION, MessageCreateParams.builder().content("On my way").build());
    JsonNode fromRest = feed.expect("message");
    assertThat(fromRest.path("seq").asLong()).isEqualTo(seq + 2);
    assertThat(fromRest.path("data").path("id").asText()).isEqualTo(rest.id());
  }

  @Test
  void heldFramesWaitOnTheOpenConnectionAndGoOutInOrderOnRelease() {
    feed.authenticate(sandbox.apiToken());
    String channel = "bookings:" + sandbox.demoUserId();
    feed.send("{\"type\":\"subscribe\",\"ref\":\"s1\",\"channel\":\"" + channel + "\"}");
    long latest = feed.expect("subscribed").path("seq").asLong();

    sandbox.realtime().holdFrames();
    Booking first = book(0);
    Booking second = book(1);

    // Each REST call published its event before it answered: both wait at the gate, not on the
    // wire.
    assertThat(sandbox.realtime().heldFrameCount()).isEqualTo(2);
    assertThat(sandbox.realtime().connectionCount()).isEqualTo(1);

    sandbox.realtime().releaseFrames();

    JsonNode one = feed.expect("booking_update");
    JsonNode two = feed.expect("booking_update");
    assertThat(one.path("seq").asLong()).isEqualTo(latest + 1);
    assertThat(one.path("data").path("id").asText()).isEqualTo(first.id());
    assertThat(two.path("seq").asLong()).isEqualTo(latest + 2);
    assertThat(two.path("data").path("id").asText()).isEqualTo(second.id());
    assertThat(sandbox.realtime().heldFrameCount()).isZero();

    Booking live = book(2);
    assertThat(sandbox.realtime().heldFrameCount()).isZero();
    assertThat(feed.expect("booking_update").path("data").path("id").asText()).isEqualTo(live.id());
  }

  @Test
  void awaitingHeldFramesAnswersFalseWhenFewerAreHeldByTheTimeout() {
    feed.authenticate(sandbox.apiToken());
    sandbox.realtime().holdFrames();
    feed.send("{\"type\":\"ping\",\"ref\":\"p1\"}");

    assertThat(sandbox.realtime().awaitHeldFrames(1, Duration.ofSeconds(10))).isTrue();
    assertThat(sandbox.realtime().awaitHeldFrames(2, Duration.ZERO)).isFalse();
    assertThatThrownBy(() -> sandbox.realtime().awaitHeldFrames(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.realtime().awaitHeldFrames(1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);

    sandbox.realtime().releaseFrames();
    feed.expect("pong");
  }

  @Test
  void aServerCloseIsNotHeld() {
    feed.authenticate(sandbox.apiToken());
    sandbox.realtime().holdFrames();

    sandbox.realtime().closeConnections(1001);

    assertThat(feed.closeCode()).isEqualTo(1001);
    sandbox.realtime().releaseFrames();
  }

  @Test
  void closeConnectionsSendsTheCode() {
    feed.authenticate(sandbox.apiToken());
    assertThat(sandbox.realtime().connectionCount()).isEqualTo(1);

    sandbox.realtime().closeConnections(4500);

    assertThat(feed.closeCode()).isEqualTo(4500);
  }

  @Test
  void dropConnectionsEndsThemWithoutACloseFrame() {
    feed.authenticate(sandbox.apiToken());

    sandbox.realtime().dropConnections();

    assertThat(feed.closeCode()).isEqualTo(1006);
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
