package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the {@code /bookings} endpoints and the reader of their answers, built in one
 * place for {@link BookingsClient} and {@link AsyncBookingsClient}. Each checks its arguments.
 */
final class BookingsRequests {
  static final ObjectReader BOOKING = Json.envelopeReader(Booking.class);

  private BookingsRequests() {}

  static ApiRequest create(BookingCreateParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.postJson("/bookings", params);
  }

  static ApiRequest get(String bookingId) {
    return ApiRequest.getOne("/bookings/{id}", "bookingId", bookingId);
  }

  static ApiRequest update(String bookingId, BookingUpdateParams params) {
    ApiRequest.Builder request = ApiRequest.put("/bookings/{id}").pathParam("bookingId", bookingId);
    Objects.requireNonNull(params, "params must not be null");
    return request.body(params).build();
  }

  static ApiRequest cancel(String bookingId) {
    return ApiRequest.delete("/bookings/{id}").pathParam("bookingId", bookingId).build();
  }
}
