package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * {@code 409 INVALID_BOOKING_STATUS}: the booking's status does not allow this change (a completed,
 * cancelled or no-show booking cannot be rescheduled; a completed one cannot be cancelled). {@link
 * #details()} usually holds the {@code from} and {@code to} statuses.
 */
public class InvalidBookingStatusException extends ConflictException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public InvalidBookingStatusException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
