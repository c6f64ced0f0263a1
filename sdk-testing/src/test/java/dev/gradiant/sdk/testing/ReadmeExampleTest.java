package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.SessionType;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The "Testing your integration" example of the README, as written there. */
@ExtendWith(GradiantSandboxExtension.class) // one sandbox per test class, closed after it
class ReadmeExampleTest {

  /** Stands for the reader's own code. */
  static final class AppointmentService {
    private final GradiantClient client;

    AppointmentService(GradiantClient client) {
      this.client = client;
    }

    Booking book(String practitionerId, Instant at) {
      return client
          .bookings()
          .create(
              BookingCreateParams.builder()
                  .practitionerId(practitionerId)
                  .scheduledAt(at)
                  .duration(50)
                  .sessionType(SessionType.VIDEO_CALL)
                  .build());
    }
  }

  static Instant nextMonday(LocalTime time) {
    return LocalDate.now(ZoneOffset.UTC)
        .with(TemporalAdjusters.next(DayOfWeek.MONDAY))
        .atTime(time)
        .toInstant(ZoneOffset.UTC);
  }

  @Test
  void aDroppedConnectionDoesNotBookTwice(GradiantSandbox sandbox) {
    try (GradiantClient client =
        GradiantClient.builder().baseUrl(sandbox.baseUrl()).apiToken(sandbox.apiToken()).build()) {
      AppointmentService service = new AppointmentService(client); // your code

      sandbox.dropResponseOfNext(1); // booked, then the connection drops before the answer
      Booking booking = service.book("prac_101", nextMonday(LocalTime.of(15, 0)));

      assertThat(booking.status()).contains(BookingStatus.PENDING);
      assertThat(client.users().listBookings(sandbox.demoUserId()).items())
          .extracting(Booking::id)
          .containsExactly(booking.id()); // one booking, and it is the one the app got
      List<RecordedRequest> attempts =
          sandbox.requests().stream()
              .filter(request -> request.path().equals("/bookings"))
              .toList();
      assertThat(attempts).extracting(RecordedRequest::status).containsExactly(0, 201);
      assertThat(attempts)
          .extracting(request -> request.header("Idempotency-Key"))
          .doesNotContainNull()
          .containsOnly(attempts.get(0).header("Idempotency-Key")); // the retry repeated the key
    }
  }
}
