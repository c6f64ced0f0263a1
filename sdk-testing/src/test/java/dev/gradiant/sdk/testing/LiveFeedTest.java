package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.conversations.Message;
import dev.gradiant.sdk.realtime.BookingUpdate;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.CloseReason;
import dev.gradiant.sdk.realtime.ConnectionState;
import dev.gradiant.sdk.realtime.RealtimeEvent;
import dev.gradiant.sdk.realtime.RealtimeListener;
import dev.gradiant.sdk.realtime.StateChange;
import dev.gradiant.sdk.realtime.Subscribed;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SDK's live feed ({@code client.realtime()}) against the sandbox: what REST changes arrives as
 * events, a dropped connection is resumed without a loss or a duplicate, a bad token is refused,
 * and a chat message sent over the feed is stored once.
 */
class LiveFeedTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client =
      TestSupport.builder(sandbox).apiToken(sandbox.apiToken()).build();
  private final Recorder recorder = new Recorder();
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(9);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void aBookingMadeThroughRestArrivesAsABookingUpdate() throws Exception {
    client.realtime().addListener(recorder);
    Subscribed subscribed = await(client.realtime().subscribe(demoBookings()));

    Booking booking = book(0);

    BookingUpdate update = recorder.nextBookingUpdate();
    assertThat(update.channel()).isEqualTo(demoBookings());
    assertThat(update.event()).isEqualTo("booking.created");
    assertThat(update.booking().id()).isEqualTo(booking.id());
    assertThat(update.seq()).isGreaterThan(subscribed.seq());
    assertThat(update.id()).startsWith("evt_");
  }

  @Test
  void aDroppedConnectionIsResumedWithTheMissedBookingOnce() throws Exception {
    client.realtime().addListener(recorder);
    await(client.realtime().subscribe(demoBookings()));
    Booking first = book(0);
    assertThat(recorder.nextBookingUpdate().booking().id()).isEqualTo(first.id());

    sandbox.realtime().dropConnections();
    StateChange lost = recorder.nextState(ConnectionState.RECONNECTING);
    assertThat(lost.closeReason().map(CloseReason::kind)).contains(CloseReason.Kind.NETWORK);
    Booking missed = book(1);
    recorder.nextState(ConnectionState.OPEN);
    Booking after = book(2);

    List<String> received = new ArrayList<>();
    BookingUpdate update;
    do {
      update = recorder.nextBookingUpdate();
      received.add(update.booking().id());
    } while (!update.booking().id().equals(after.id()));
    assertThat(received).containsExactly(missed.id(), after.id());
    assertThat(recorder.pendingEvents()).isEmpty();
  }

  @Test
  void aTokenTheSandboxDoesNotKnowIsUnauthorized() throws Exception {
    try (GradiantClient stranger =
        TestSupport.builder(sandbox).apiToken("gst_not_a_sandbox_token").build()) {
      stranger.realtime().addListener(recorder);

      assertThatThrownBy(() -> await(stranger.realtime().subscribe(demoBookings())))
          .isInstanceOf(ExecutionException.class);
      StateChange closed = recorder.nextState(ConnectionState.CLOSED);
      assertThat(closed.closeReason().map(CloseReason::kind))
          .contains(CloseReason.Kind.UNAUTHORIZED);
      assertThat(closed.closeReason().map(CloseReason::code)).contains(4401);
    }
  }

  @Test
  void aChatMessageSentOverTheFeedIsStoredOnce() throws Exception {
    Message sent = await(client.realtime().sendMessage("conv_demo_1", "See you on Wednesday"));

    List<Message> stored =
        client.conversations().listMessages("conv_demo_1").autoPager().stream()
            .filter(message -> message.id().equals(sent.id()))
            .toList();
    assertThat(stored).singleElement();
    assertThat(stored.get(0).content()).contains("See you on Wednesday");
    assertThat(stored.get(0).senderId()).contains(sandbox.demoUserId());
  }

  private Channel demoBookings() {
    return Channel.bookings(sandbox.demoUserId());
  }

  private Booking book(int hourOffset) {
    Instant at = wednesday.plusHours(hourOffset).toInstant();
    return client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .serviceId("service_123")
                .scheduledAt(at)
                .duration(30)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
  }

  private static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }

  /** Records the feed's events and state changes, in order. */
  static final class Recorder implements RealtimeListener {
    private final BlockingQueue<RealtimeEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<StateChange> states = new LinkedBlockingQueue<>();

    @Override
    public void onEvent(RealtimeEvent event) {
      events.add(event);
    }

    @Override
    public void onStateChange(StateChange change) {
      states.add(change);
    }

    BookingUpdate nextBookingUpdate() throws InterruptedException {
      RealtimeEvent event = events.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("an event arrived").isInstanceOf(BookingUpdate.class);
      return (BookingUpdate) event;
    }

    List<RealtimeEvent> pendingEvents() {
      return List.copyOf(events);
    }

    /**
     * {@return the next change to {@code state}; the changes before it are skipped (at most 20)}
     */
    StateChange nextState(ConnectionState state) throws InterruptedException {
      for (int i = 0; i < 20; i++) {
        StateChange change = states.poll(10, TimeUnit.SECONDS);
        assertThat(change).as("the feed became " + state).isNotNull();
        if (change.state() == state) {
          return change;
        }
      }
      throw new AssertionError("The feed did not become " + state);
    }
  }
}
