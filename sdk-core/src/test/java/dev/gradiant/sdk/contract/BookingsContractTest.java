package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingStatus;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.bookings.SessionType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bookings method sends what the spec allows and reads the spec's own examples. */
class BookingsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.bookings().stream(), SdkCalls.bookingsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void createSendsTheDocumentedIdempotencyKey() {
    server.client().bookings().create(SdkCalls.BOOKING);

    Exchange exchange = server.onlyExchange();
    assertThat(exchange.violations()).isEmpty();
    assertThat(exchange.request().headers().get("Idempotency-Key")).isNotBlank();
  }

  @Test
  void rescheduleSendsOnlyTheFieldItChanges() {
    server.client().bookings().update(SdkCalls.BOOKING_ID, SdkCalls.RESCHEDULE);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().body().utf8())
        .isEqualTo("{\"scheduledAt\":\"2024-01-02T10:00:00Z\"}");
  }

  @Test
  void cancelSendsNoBody() {
    server.client().bookings().cancel(SdkCalls.BOOKING_ID);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().body()).isNull();
  }

  @Test
  void pendingBookingExampleIsReadIntoTypedFields() {
    Booking booking = server.client().bookings().create(SdkCalls.BOOKING);

    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.userId()).contains("user_123");
    assertThat(booking.practitionerId()).contains("prac_123");
    assertThat(booking.serviceId()).contains("service_123");
    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(booking.duration()).contains(60);
    assertThat(booking.status()).contains(BookingStatus.PENDING);
    assertThat(booking.sessionType()).contains(SessionType.VIDEO_CALL);
    assertThat(booking.notes()).contains("First session, interested in stress management");
    assertThat(booking.price().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("75"));
    assertThat(booking.price().orElseThrow().currency()).isEqualTo("USD");
    assertThat(booking.paymentStatus()).contains(PaymentStatus.PENDING);
    assertThat(booking.createdAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void rescheduledBookingExampleIsReadIntoTypedFields() {
    Booking booking = server.client().bookings().update(SdkCalls.BOOKING_ID, SdkCalls.RESCHEDULE);

    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-02T10:00:00Z"));
    assertThat(booking.updatedAt()).contains(Instant.parse("2024-01-01T08:00:00Z"));
  }

  @Test
  void cancelledBookingExampleIsReadIntoTypedFields() {
    Booking booking = server.client().bookings().cancel(SdkCalls.BOOKING_ID);

    assertThat(booking.status()).contains(BookingStatus.CANCELLED);
    assertThat(booking.paymentStatus()).contains(PaymentStatus.REFUNDED);
    assertThat(booking.notes()).isEmpty();
  }
}
