package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * {@code 409 BOOKING_CONFLICT}: the booking time slot is already taken (another booking holds it).
 * Choose another time; {@link #details()} usually names the practitioner and time asked for.
 */
public class BookingConflictException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public BookingConflictException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
