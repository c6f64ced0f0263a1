package dev.gradiant.sdk.benchmarks;

import dev.gradiant.generated.model.BookingCreate;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The one booking every client creates, in each client's own request type. */
final class Requests {
  private static final Instant SCHEDULED_AT = Instant.parse("2026-04-01T10:00:00Z");
  private static final String NOTES = "First session, interested in stress management";

  private Requests() {}

  static BookingCreateParams sdkBooking() {
    return BookingCreateParams.builder()
        .practitionerId("prac_123")
        .serviceId("service_123")
        .scheduledAt(SCHEDULED_AT)
        .duration(60)
        .sessionType(SessionType.VIDEO_CALL)
        .notes(NOTES)
        .build();
  }

  static BookingCreate generatedBooking() {
    return new BookingCreate()
        .practitionerId("prac_123")
        .serviceId("service_123")
        .scheduledAt(OffsetDateTime.ofInstant(SCHEDULED_AT, ZoneOffset.UTC))
        .duration(60)
        .sessionType(dev.gradiant.generated.model.SessionType.VIDEO_CALL)
        .notes(NOTES);
  }
}
