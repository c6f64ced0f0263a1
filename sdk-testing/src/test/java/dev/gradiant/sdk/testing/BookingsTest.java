package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.BookingUpdateParams;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.users.UserBookingListParams;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BookingsTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(10);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private Booking book(String practitionerId, Instant at, int minutes) {
    return client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId(practitionerId)
                .serviceId("service_123")
                .scheduledAt(at)
                .duration(minutes)
                .sessionType(SessionType.VIDEO_CALL)
                .notes("First session")
                .build());
  }

  @Test
  void booksAFreeSlotAsPendingForTheCaller() {
    Booking booking = book("prac_102", wednesday.toInstant(), 60);

    assertThat(booking.id()).startsWith("booking_");
    assertThat(booking.userId()).contains(sandbox.demoUserId());
    assertThat(booking.status()).contains(BookingStatus.PENDING);
    assertThat(booking.paymentStatus()).contains(PaymentStatus.PENDING);
    assertThat(booking.price()).contains(new Money(new BigDecimal("120"), "USD"));
    assertThat(booking.serviceId()).contains("service_123");
    assertThat(client.bookings().get(booking.id())).isEqualTo(booking);
    assertThat(
            book("prac_101", wednesday.plusHours(5).toInstant(), 30).price().orElseThrow().amount())
        .isEqualByComparingTo("37.5");
  }

  @Test
  void anOverlappingSlotIsABookingConflict() {
    book("prac_102", wednesday.toInstant(), 60);

    assertThatThrownBy(() -> book("prac_102", wednesday.plusMinutes(30).toInstant(), 60))
        .isInstanceOfSatisfying(
            BookingConflictException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.errorCode()).contains("BOOKING_CONFLICT");
              assertThat(e.details().orElseThrow())
                  .asInstanceOf(MAP)
                  .containsEntry("practitionerId", "prac_102");
            });
    assertThat(book("prac_102", wednesday.plusHours(1).toInstant(), 60).status())
        .contains(BookingStatus.PENDING);
    assertThat(book("prac_103", wednesday.plusHours(8).toInstant(), 60).status())
        .contains(BookingStatus.PENDING);
  }

  @Test
  void outsideWorkingHoursThePractitionerIsUnavailable() {
    assertThatThrownBy(() -> book("prac_102", wednesday.withHour(3).toInstant(), 60))
        .isInstanceOf(PractitionerUnavailableException.class);
    assertThatThrownBy(() -> book("prac_102", wednesday.plusDays(3).toInstant(), 60))
        .isInstanceOf(PractitionerUnavailableException.class);
  }

  @Test
  void anUnknownPractitionerIsAValidationError() {
    assertThatThrownBy(() -> book("prac_nobody", wednesday.toInstant(), 60))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void rescheduleChecksTheNewSlotButNotItself() {
    Booking first = book("prac_102", wednesday.toInstant(), 60);
    Booking second = book("prac_102", wednesday.plusHours(2).toInstant(), 60);

    Booking longer =
        client.bookings().update(first.id(), BookingUpdateParams.builder().duration(90).build());
    assertThat(longer.duration()).contains(90);
    assertThat(longer.price().orElseThrow().amount()).isEqualByComparingTo("180");
    assertThatThrownBy(
            () ->
                client
                    .bookings()
                    .update(
                        first.id(),
                        BookingUpdateParams.builder()
                            .scheduledAt(second.scheduledAt().orElseThrow().minusSeconds(1800))
                            .build()))
        .isInstanceOf(BookingConflictException.class);
    Booking moved =
        client
            .bookings()
            .update(
                second.id(),
                BookingUpdateParams.builder()
                    .scheduledAt(wednesday.plusDays(1).toInstant())
                    .sessionType(SessionType.PHONE_CALL)
                    .notes("moved")
                    .build());
    assertThat(moved.scheduledAt()).contains(wednesday.plusDays(1).toInstant());
    assertThat(moved.sessionType()).contains(SessionType.PHONE_CALL);
  }

  @Test
  void cancellingFreesTheSlotAndIsRepeatable() {
    Booking booking = book("prac_102", wednesday.toInstant(), 60);

    Booking cancelled = client.bookings().cancel(booking.id());
    Booking again = client.bookings().cancel(booking.id());

    assertThat(cancelled.status()).contains(BookingStatus.CANCELLED);
    assertThat(again).isEqualTo(cancelled);
    assertThat(book("prac_102", wednesday.toInstant(), 60).status())
        .contains(BookingStatus.PENDING);
    assertThatThrownBy(
            () ->
                client
                    .bookings()
                    .update(booking.id(), BookingUpdateParams.builder().notes("x").build()))
        .isInstanceOf(InvalidBookingStatusException.class);
  }

  @Test
  void practitionerSideChangesMoveTheBookingAndItsPayment() {
    Booking booking = book("prac_102", wednesday.toInstant(), 60);

    sandbox.setBookingStatus(booking.id(), "confirmed");
    assertThat(client.bookings().get(booking.id()).paymentStatus())
        .contains(PaymentStatus.COMPLETED);
    sandbox.setBookingStatus(booking.id(), "in_progress");
    sandbox.setBookingStatus(booking.id(), "completed");

    assertThat(client.bookings().get(booking.id()).status()).contains(BookingStatus.COMPLETED);
    assertThatThrownBy(() -> client.bookings().cancel(booking.id()))
        .isInstanceOfSatisfying(
            InvalidBookingStatusException.class,
            e ->
                assertThat(e.details().orElseThrow())
                    .asInstanceOf(MAP)
                    .containsEntry("from", "completed"));
    assertThatThrownBy(() -> sandbox.setBookingStatus(booking.id(), "confirmed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("completed");
    assertThatThrownBy(() -> sandbox.setBookingStatus("booking_nobody", "confirmed"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cancellingAPaidBookingRefundsIt() {
    Booking booking = book("prac_102", wednesday.toInstant(), 60);
    sandbox.setBookingStatus(booking.id(), "confirmed");

    assertThat(client.bookings().cancel(booking.id()).paymentStatus())
        .contains(PaymentStatus.REFUNDED);
  }

  @Test
  void aUsersBookingsFilterByStatusAndDate() {
    Booking first = book("prac_102", wednesday.toInstant(), 60);
    book("prac_102", wednesday.plusDays(1).toInstant(), 60);
    client.bookings().cancel(first.id());

    assertThat(client.users().listBookings("user_demo").total()).contains(2L);
    assertThat(
            client
                .users()
                .listBookings(
                    "user_demo",
                    UserBookingListParams.builder().status(BookingStatus.CANCELLED).build())
                .items())
        .extracting(Booking::id)
        .containsExactly(first.id());
    assertThat(
            client
                .users()
                .listBookings(
                    "user_demo",
                    UserBookingListParams.builder()
                        .from(wednesday.plusDays(1).toLocalDate())
                        .to(wednesday.plusDays(1).toLocalDate())
                        .build())
                .total())
        .contains(1L);
    assertThat(client.users().listBookings("user_client1").total()).contains(0L);
  }

  @Test
  void unknownBookingsAreNotFound() {
    assertThatThrownBy(() -> client.bookings().get("booking_nobody"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.bookings().cancel("booking_nobody"))
        .isInstanceOf(NotFoundException.class);
  }
}
