package dev.gradiant.sdk.bookings;

import static dev.gradiant.sdk.bookings.BookingPayloads.CANCELLED;
import static dev.gradiant.sdk.bookings.BookingPayloads.CREATED_004;
import static dev.gradiant.sdk.bookings.BookingPayloads.PENDING;
import static dev.gradiant.sdk.bookings.BookingPayloads.RESCHEDULED;
import static dev.gradiant.sdk.bookings.BookingPayloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.core.RequestOptions;
import java.math.BigDecimal;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BookingsClientTest {
  private static final String NOTES = "First session, interested in stress management";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static BookingCreateParams.Builder documentedCreate() {
    return BookingCreateParams.builder()
        .practitionerId("prac_123")
        .serviceId("service_123")
        .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
        .duration(60)
        .sessionType(SessionType.VIDEO_CALL)
        .notes(NOTES);
  }

  @Test
  void createPostsTheDocumentedBodyWithAnIdempotencyKey() {
    api.enqueueJson(201, envelope(PENDING));

    Booking booking = client.bookings().create(documentedCreate().build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/bookings");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"practitionerId": "prac_123", "serviceId": "service_123",
         "scheduledAt": "2024-01-01T10:00:00Z", "duration": 60, "sessionType": "video_call",
         "notes": "First session, interested in stress management"}""");
    assertDocumentedPendingBooking(booking);
  }

  @Test
  void createSendsOnlyTheRequiredFieldsWhenNothingElseIsSet() {
    api.enqueueJson(201, envelope(CREATED_004));

    Booking booking =
        client
            .bookings()
            .create(
                BookingCreateParams.builder()
                    .practitionerId("prac_123")
                    .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
                    .duration(60)
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());

    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"practitionerId": "prac_123", "scheduledAt": "2024-01-01T10:00:00Z", "duration": 60,
         "sessionType": "video_call"}""");
    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.userId()).isEmpty();
    assertThat(booking.notes()).isEmpty();
    assertThat(booking.updatedAt()).isEmpty();
    assertThat(booking.price()).contains(new Money(new BigDecimal("75"), "USD"));
  }

  @Test
  void createSendsTheCallersIdempotencyKeyAndOtherwiseAFreshOnePerCall() {
    api.enqueueJson(201, envelope(PENDING))
        .enqueueJson(201, envelope(PENDING))
        .enqueueJson(201, envelope(PENDING));
    BookingCreateParams params = documentedCreate().build();

    client
        .bookings()
        .withOptions(RequestOptions.builder().idempotencyKey("booking-attempt-42").build())
        .create(params);
    client.bookings().create(params);
    client.bookings().create(params);

    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key"))
        .isEqualTo("booking-attempt-42");
    String second = Wire.assertIdempotencyKey(api.takeRequest());
    String third = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(second).isNotEqualTo(third);
  }

  @Test
  void getSendsTheIdInThePathAndParsesEveryField() {
    api.enqueueJson(200, envelope(PENDING));

    Booking booking = client.bookings().get("booking_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/bookings/booking_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertDocumentedPendingBooking(booking);
  }

  @Test
  void getEncodesTheIdIntoOneSegment() {
    api.enqueueJson(200, envelope(PENDING));

    client.bookings().get("booking 1?x=y");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/bookings/booking%201%3Fx=y");
  }

  @Test
  void updatePutsOnlyTheChangedFields() {
    api.enqueueJson(200, envelope(RESCHEDULED));

    Booking booking =
        client
            .bookings()
            .update(
                "booking_123",
                BookingUpdateParams.builder()
                    .scheduledAt(Instant.parse("2024-01-02T10:00:00Z"))
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "PUT", "/v1/bookings/booking_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertJsonBody(request, "{\"scheduledAt\": \"2024-01-02T10:00:00Z\"}");
    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-02T10:00:00Z"));
    assertThat(booking.updatedAt()).contains(Instant.parse("2024-01-01T08:00:00Z"));
    assertThat(booking.status()).containsSame(BookingStatus.PENDING);
  }

  @Test
  void updateSendsEveryFieldThatIsSet() {
    api.enqueueJson(200, envelope(RESCHEDULED));

    client
        .bookings()
        .update(
            "booking_123",
            BookingUpdateParams.builder()
                .scheduledAt(Instant.parse("2024-01-02T10:00:00Z"))
                .duration(45)
                .sessionType(SessionType.PHONE_CALL)
                .notes("")
                .build());

    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"scheduledAt": "2024-01-02T10:00:00Z", "duration": 45, "sessionType": "phone_call",
         "notes": ""}""");
  }

  @Test
  void cancelDeletesAndReturnsTheCancelledBooking() {
    api.enqueueJson(200, envelope(CANCELLED));

    Booking booking = client.bookings().cancel("booking_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "DELETE", "/v1/bookings/booking_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.status()).containsSame(BookingStatus.CANCELLED);
    assertThat(booking.paymentStatus()).containsSame(PaymentStatus.REFUNDED);
    assertThat(booking.notes()).isEmpty();
    assertThat(booking.price().orElseThrow().amount()).isEqualTo(new BigDecimal("75"));
    assertThat(booking.updatedAt()).contains(Instant.parse("2024-01-01T06:00:00Z"));
  }

  @Test
  void unknownStatusSessionTypeAndPaymentStatusAreKept() {
    api.enqueueJson(
        200,
        envelope(
            PENDING
                .replace("\"status\": \"pending\"", "\"status\": \"awaiting_deposit\"")
                .replace("\"video_call\"", "\"group_video\"")
                .replace("\"paymentStatus\": \"pending\"", "\"paymentStatus\": \"disputed\"")));

    Booking booking = client.bookings().get("booking_123");

    assertThat(booking.status().orElseThrow().value()).isEqualTo("awaiting_deposit");
    assertThat(booking.status().orElseThrow().isKnown()).isFalse();
    assertThat(booking.sessionType()).contains(SessionType.of("group_video"));
    assertThat(booking.sessionType().orElseThrow().isKnown()).isFalse();
    assertThat(booking.paymentStatus().orElseThrow().value()).isEqualTo("disputed");
    assertThat(booking.paymentStatus().orElseThrow().isKnown()).isFalse();
  }

  @Test
  void moneyKeepsEveryDecimalDigitAndItsScale() {
    api.enqueueJson(
            200,
            envelope(
                PENDING.replace(
                    "{\"amount\": 75, \"currency\": \"USD\"}",
                    "{\"amount\": 75.105, \"currency\": \"EUR\"}")))
        .enqueueJson(200, envelope(PENDING.replace("\"amount\": 75", "\"amount\": 0.10")));

    Booking first = client.bookings().get("booking_123");
    Booking second = client.bookings().get("booking_123");

    assertThat(first.price()).contains(new Money(new BigDecimal("75.105"), "EUR"));
    assertThat(second.price().orElseThrow().amount()).isEqualTo(new BigDecimal("0.10"));
  }

  @Test
  void toStringLeavesTheNotesOut() {
    api.enqueueJson(200, envelope(PENDING));

    Booking booking = client.bookings().get("booking_123");
    BookingCreateParams create = documentedCreate().build();
    BookingUpdateParams update = BookingUpdateParams.builder().notes(NOTES).build();

    for (Object value : new Object[] {booking, create, update}) {
      assertThat(value.toString()).contains("notes=****").doesNotContain("stress management");
    }
    assertThat(booking.toString())
        .contains("id=booking_123", "status=pending", "price=Money[amount=75, currency=USD]");
    assertThat(booking.notes()).contains(NOTES);
  }

  @Test
  void rawResponsesCarryTheMetadataOfEveryOperation() {
    api.enqueueJson(201, envelope(PENDING), "X-Request-ID", "req_create")
        .enqueueJson(200, envelope(PENDING), "X-Request-ID", "req_get")
        .enqueueJson(200, envelope(RESCHEDULED), "X-Request-ID", "req_update")
        .enqueueJson(200, envelope(CANCELLED), "X-Request-ID", "req_cancel");
    BookingsClient.WithRawResponse raw = client.bookings().withRawResponse();

    ApiResponse<Booking> created = raw.create(documentedCreate().build());
    ApiResponse<Booking> read = raw.get("booking_123");
    ApiResponse<Booking> updated =
        raw.update("booking_123", BookingUpdateParams.builder().duration(90).build());
    ApiResponse<Booking> cancelled = raw.cancel("booking_123");

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.requestId()).contains("req_create");
    assertThat(read.requestId()).contains("req_get");
    assertThat(updated.requestId()).contains("req_update");
    assertThat(cancelled.requestId()).contains("req_cancel");
    assertThat(cancelled.data().status()).containsSame(BookingStatus.CANCELLED);
    Wire.assertRequestLine(api.takeRequest(), "POST", "/v1/bookings");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/bookings/booking_123");
    RecordedRequest update = api.takeRequest();
    Wire.assertRequestLine(update, "PUT", "/v1/bookings/booking_123");
    Wire.assertJsonBody(update, "{\"duration\": 90}");
    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/bookings/booking_123");
  }

  private static void assertDocumentedPendingBooking(Booking booking) {
    assertThat(booking.id()).isEqualTo("booking_123");
    assertThat(booking.userId()).contains("user_123");
    assertThat(booking.practitionerId()).contains("prac_123");
    assertThat(booking.serviceId()).contains("service_123");
    assertThat(booking.scheduledAt()).contains(Instant.parse("2024-01-01T10:00:00Z"));
    assertThat(booking.duration()).contains(60);
    assertThat(booking.status()).containsSame(BookingStatus.PENDING);
    assertThat(booking.sessionType()).containsSame(SessionType.VIDEO_CALL);
    assertThat(booking.notes()).contains(NOTES);
    assertThat(booking.price().orElseThrow().amount()).isEqualTo(new BigDecimal("75"));
    assertThat(booking.price().orElseThrow().currency()).isEqualTo("USD");
    assertThat(booking.paymentStatus()).containsSame(PaymentStatus.PENDING);
    assertThat(booking.createdAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(booking.updatedAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
  }
}
