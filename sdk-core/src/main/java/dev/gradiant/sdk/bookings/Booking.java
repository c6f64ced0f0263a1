package dev.gradiant.sdk.bookings;

import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;

/**
 * A booked session with a practitioner. The notes are personal data: {@link #toString()} leaves
 * them out.
 *
 * @param id the booking's id
 * @param userId the user who booked
 * @param practitionerId the practitioner booked
 * @param serviceId the practitioner's service booked
 * @param scheduledAt when the session starts
 * @param duration the session's length in minutes
 * @param status where the booking is in its lifecycle
 * @param sessionType how the session takes place
 * @param notes the user's notes (personal data: never logged)
 * @param price what the session costs
 * @param paymentStatus whether it has been paid
 * @param createdAt when the booking was made
 * @param updatedAt when it last changed
 */
public record Booking(
    String id,
    String userId,
    String practitionerId,
    String serviceId,
    Instant scheduledAt,
    Integer duration,
    BookingStatus status,
    SessionType sessionType,
    String notes,
    Money price,
    PaymentStatus paymentStatus,
    Instant createdAt,
    Instant updatedAt) {

  /** Shows every field except the free-text notes, which may describe the patient's health. */
  @Override
  public String toString() {
    return "Booking[id="
        + id
        + ", userId="
        + userId
        + ", practitionerId="
        + practitionerId
        + ", serviceId="
        + serviceId
        + ", scheduledAt="
        + scheduledAt
        + ", duration="
        + duration
        + ", status="
        + status
        + ", sessionType="
        + sessionType
        + ", notes="
        + Redacted.of(notes)
        + ", price="
        + price
        + ", paymentStatus="
        + paymentStatus
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }
}
