package dev.gradiant.sdk.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.BookingConflictException;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.PractitionerUnavailableException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code 409} names its booking problem by type, whatever the error shape and the code's case;
 * other conflicts stay a plain {@link ConflictException}.
 */
class BookingConflictTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static BookingCreateParams create() {
    return BookingCreateParams.builder()
        .practitionerId("prac_123")
        .scheduledAt(Instant.parse("2024-01-01T10:00:00Z"))
        .duration(60)
        .sessionType(SessionType.VIDEO_CALL)
        .build();
  }

  /** The Gradiant envelope (the contract). */
  private static String gradiant(String code, String message) {
    return """
        {"error": {"code": "%s", "message": "%s", "details": {"practitionerId": "prac_123"}},
         "meta": {"requestId": "req_409", "timestamp": "2024-03-21T10:30:00Z"}}"""
        .formatted(code, message);
  }

  /** Document 004's JSON:API list, as proxies and self-hosted deployments answer. */
  private static String jsonApi(String code, String message) {
    return """
        {"errors": [{"id": "error_123", "status": "409", "code": "%s", "title": "Conflict",
                     "detail": "%s"}],
         "meta": {"request_id": "req_409", "timestamp": "2024-01-01T00:00:00Z"}}"""
        .formatted(code, message);
  }

  @ParameterizedTest(name = "{0} in the {1} shape")
  @CsvSource({
    "BOOKING_CONFLICT, gradiant, dev.gradiant.sdk.errors.BookingConflictException",
    "BOOKING_CONFLICT, jsonapi, dev.gradiant.sdk.errors.BookingConflictException",
    "booking_conflict, gradiant, dev.gradiant.sdk.errors.BookingConflictException",
    "booking_conflict, jsonapi, dev.gradiant.sdk.errors.BookingConflictException",
    "Booking_Conflict, gradiant, dev.gradiant.sdk.errors.BookingConflictException",
    "PRACTITIONER_UNAVAILABLE, gradiant, dev.gradiant.sdk.errors.PractitionerUnavailableException",
    "PRACTITIONER_UNAVAILABLE, jsonapi, dev.gradiant.sdk.errors.PractitionerUnavailableException",
    "practitioner_unavailable, gradiant, dev.gradiant.sdk.errors.PractitionerUnavailableException",
    "practitioner_unavailable, jsonapi, dev.gradiant.sdk.errors.PractitionerUnavailableException",
    "INVALID_BOOKING_STATUS, gradiant, dev.gradiant.sdk.errors.InvalidBookingStatusException",
    "INVALID_BOOKING_STATUS, jsonapi, dev.gradiant.sdk.errors.InvalidBookingStatusException",
    "invalid_booking_status, gradiant, dev.gradiant.sdk.errors.InvalidBookingStatusException",
    "invalid_booking_status, jsonapi, dev.gradiant.sdk.errors.InvalidBookingStatusException",
    "RESOURCE_CONFLICT, gradiant, dev.gradiant.sdk.errors.ConflictException",
    "RESOURCE_CONFLICT, jsonapi, dev.gradiant.sdk.errors.ConflictException",
    "BOOKING_CONFLICT_V2, gradiant, dev.gradiant.sdk.errors.ConflictException"
  })
  void codeSelectsTheConflictTypeInEveryShapeAndCase(
      String code, String shape, Class<? extends ConflictException> type) {
    String message = "Booking time slot unavailable";
    api.enqueueJson(
        409, shape.equals("gradiant") ? gradiant(code, message) : jsonApi(code, message));

    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> client.bookings().create(create()));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(409);
    assertThat(e.errorCode()).contains(code);
    assertThat(e.serverMessage()).isEqualTo(message);
    assertThat(e.requestId()).contains("req_409");
    assertThat(api.requestCount()).as("a 409 is not retried").isEqualTo(1);
  }

  @Test
  void createAnswersTheDocumentedBookingConflictWithItsDetails() {
    api.enqueueJson(
        409,
        """
        {"error": {"code": "BOOKING_CONFLICT", "message": "Booking time slot unavailable",
                   "details": {"practitionerId": "prac_123",
                               "scheduledAt": "2024-01-01T10:00:00Z"}},
         "meta": {"requestId": "req_123", "timestamp": "2024-03-21T10:30:00Z"}}""",
        "X-Request-ID",
        "req_123");

    BookingConflictException e =
        catchThrowableOfType(
            BookingConflictException.class, () -> client.bookings().create(create()));

    Wire.assertRequestLine(api.takeRequest(), "POST", "/v1/bookings");
    assertThat(e.details().orElseThrow())
        .asInstanceOf(MAP)
        .containsEntry("scheduledAt", "2024-01-01T10:00:00Z");
    assertThat(e.details().orElseThrow())
        .asInstanceOf(MAP)
        .containsEntry("practitionerId", "prac_123");
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 409 BOOKING_CONFLICT: Booking time slot unavailable (request id: req_123)");
  }

  @Test
  void rescheduleIntoATakenSlotIsABookingConflict() {
    api.enqueueJson(409, gradiant("BOOKING_CONFLICT", "Booking time slot unavailable"));

    BookingConflictException e =
        catchThrowableOfType(
            BookingConflictException.class,
            () ->
                client
                    .bookings()
                    .update(
                        "booking_123",
                        BookingUpdateParams.builder()
                            .scheduledAt(Instant.parse("2024-01-02T10:00:00Z"))
                            .build()));

    Wire.assertRequestLine(api.takeRequest(), "PUT", "/v1/bookings/booking_123");
    assertThat(e).isInstanceOf(ConflictException.class).isInstanceOf(ApiException.class);
  }

  @Test
  void cancellingACompletedBookingIsAnInvalidBookingStatus() {
    api.enqueueJson(
        409,
        """
        {"error": {"code": "INVALID_BOOKING_STATUS", "message": "Invalid booking status transition",
                   "details": {"from": "completed", "to": "cancelled"}},
         "meta": {"requestId": "req_123", "timestamp": "2024-03-21T10:30:00Z"}}""");

    InvalidBookingStatusException e =
        catchThrowableOfType(
            InvalidBookingStatusException.class, () -> client.bookings().cancel("booking_123"));

    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/bookings/booking_123");
    assertThat(BookingStatus.of((String) ((Map<?, ?>) e.details().orElseThrow()).get("from")))
        .isSameAs(BookingStatus.COMPLETED);
    assertThat(BookingStatus.of((String) ((Map<?, ?>) e.details().orElseThrow()).get("to")))
        .isSameAs(BookingStatus.CANCELLED);
  }

  @Test
  void practitionerUnavailableKeepsTheJsonApiErrorsAsDetails() {
    api.enqueueJson(409, jsonApi("PRACTITIONER_UNAVAILABLE", "Practitioner not available"));

    PractitionerUnavailableException e =
        catchThrowableOfType(
            PractitionerUnavailableException.class, () -> client.bookings().create(create()));

    assertThat(e.serverMessage()).isEqualTo("Practitioner not available");
    assertThat(e.details().orElseThrow())
        .asInstanceOf(LIST)
        .first(MAP)
        .containsEntry("code", "PRACTITIONER_UNAVAILABLE");
  }

  @Test
  void conflictWithoutACodeIsAPlainConflict() {
    api.enqueueJson(409, "{\"detail\": \"Booking time slot unavailable\"}");

    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> client.bookings().create(create()));

    assertThat(e).isExactlyInstanceOf(ConflictException.class);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.serverMessage()).isEqualTo("Booking time slot unavailable");
  }

  @Test
  void aBookingCodeOnAnotherStatusKeepsThatStatusesType() {
    api.enqueueJson(422, gradiant("BOOKING_CONFLICT", "Booking time slot unavailable"));

    ApiException e =
        catchThrowableOfType(ApiException.class, () -> client.bookings().create(create()));

    assertThat(e).isExactlyInstanceOf(UnprocessableEntityException.class);
    assertThat(e.errorCode()).contains("BOOKING_CONFLICT");
  }
}
