package dev.gradiant.sdk.bookings;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;

/**
 * The body of {@code PUT /bookings/{id}}: the fields to change. Unset fields are not sent and keep
 * their value; at least one must be set. The notes are personal data: {@link #toString()} leaves
 * them out.
 *
 * @param scheduledAt the new start time
 * @param duration the new length in minutes, at least 1
 * @param sessionType the new way the session takes place
 * @param notes the new notes for the practitioner; may describe health concerns
 */
public record BookingUpdateParams(
    Instant scheduledAt, Integer duration, SessionType sessionType, String notes) {

  /**
   * Checks the fields.
   *
   * @param scheduledAt the new start time
   * @param duration the new length in minutes, at least 1
   * @param sessionType the new way the session takes place
   * @param notes the new notes for the practitioner; may describe health concerns
   * @throws IllegalArgumentException if nothing is set, {@code duration} is not positive, or {@code
   *     scheduledAt} is outside the years 0000 to 9999
   */
  public BookingUpdateParams {
    Fields.requireAny("BookingUpdateParams", scheduledAt, duration, sessionType, notes);
    Minutes.requirePositive("duration", duration);
    Rfc3339.instant("scheduledAt", scheduledAt);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "BookingUpdateParams[scheduledAt="
        + scheduledAt
        + ", duration="
        + duration
        + ", sessionType="
        + sessionType
        + ", notes="
        + Redacted.of(notes)
        + "]";
  }

  /** Collects the fields of a {@link BookingUpdateParams}. */
  public static final class Builder {
    private Instant scheduledAt;
    private Integer duration;
    private SessionType sessionType;
    private String notes;

    private Builder() {}

    /**
     * @param scheduledAt the new start time
     * @return this builder
     */
    public Builder scheduledAt(Instant scheduledAt) {
      this.scheduledAt = scheduledAt;
      return this;
    }

    /**
     * @param minutes the new length in minutes, at least 1
     * @return this builder
     */
    public Builder duration(int minutes) {
      this.duration = minutes;
      return this;
    }

    /**
     * @param sessionType the new way the session takes place
     * @return this builder
     */
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = sessionType;
      return this;
    }

    /**
     * @param notes the new notes; personal data, never logged by the SDK
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set or a field is invalid
     */
    public BookingUpdateParams build() {
      return new BookingUpdateParams(scheduledAt, duration, sessionType, notes);
    }
  }
}
