package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.ManualScheduler;
import java.time.Duration;
import java.time.Instant;

/** What the GraphQL subscription tests share: the document, its data type, timer helpers. */
final class Subscriptions {
  static final String BOOKING_UPDATES = GraphqlDocuments.read("doc004/BookingUpdates.graphql");

  private Subscriptions() {}

  /** The data of {@code BookingUpdates}. */
  public record BookingUpdates(Booking bookingUpdates) {
    /** The selected booking fields. */
    public record Booking(String id, String status, Instant scheduledAt) {}
  }

  static GraphqlRequest bookingUpdates(String userId) {
    return GraphqlRequest.builder()
        .query(BOOKING_UPDATES)
        .operationName("BookingUpdates")
        .variable("userId", userId)
        .build();
  }

  /**
   * {@return a pending wait of {@code duration} the client asked for, waiting (5 s at most per
   * request) for it to be asked}
   */
  static ManualScheduler.Wait awaitWait(ManualScheduler scheduler, Duration duration) {
    for (int asked = 0; asked < 50; asked++) {
      for (ManualScheduler.Wait wait : scheduler.waits()) {
        if (wait.duration().equals(duration) && !wait.future().isDone()) {
          return wait;
        }
      }
      scheduler.nextWait();
    }
    throw new AssertionError("the client never asked to wait " + duration);
  }

  /** Ends the pending wait of {@code duration}, as if its time had come. */
  static void elapse(ManualScheduler scheduler, Duration duration) {
    assertThat(awaitWait(scheduler, duration).future().complete(null)).isTrue();
  }

  /** {@return whether a wait of {@code duration} is pending} */
  static boolean pending(ManualScheduler scheduler, Duration duration) {
    return scheduler.waits().stream()
        .anyMatch(wait -> wait.duration().equals(duration) && !wait.future().isDone());
  }
}
