package dev.gradiant.sdk.bookings;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Objects;

/**
 * The body of {@code POST /bookings}. Build with {@link #builder()}; {@code practitionerId}, {@code
 * scheduledAt}, {@code duration} and {@code sessionType} are required. The notes are personal data:
 * {@link #toString()} leaves them out.
 *
 * @param practitionerId the practitioner to book (required)
 * @param serviceId the practitioner's service to book
 * @param scheduledAt when the session starts (required)
 * @param duration the session's length in minutes, at least 1 (required)
 * @param sessionType how the session takes place (required)
 * @param notes free text for the practitioner; may describe health concerns
 */
public record BookingCreateParams(
    String practitionerId,
    String serviceId,
    Instant scheduledAt,
    Integer duration,
    SessionType sessionType,
    String notes) {

  /**
   * Checks the fields.
   *
   * @param practitionerId the practitioner to book (required)
   * @param serviceId the practitioner's service to book
   * @param scheduledAt when the session starts (required)
   * @param duration the session's length in minutes, at least 1 (required)
   * @param sessionType how the session takes place (required)
   * @param notes free text for the practitioner; may describe health concerns
   * @throws NullPointerException if a required field is unset
   * @throws IllegalArgumentException if an id is blank, {@code duration} is not positive, or {@code
   *     scheduledAt} is outside the years 0000 to 9999
   */
  public BookingCreateParams {
    Objects.requireNonNull(practitionerId, "practitionerId must not be null");
    Fields.notBlank("practitionerId", practitionerId);
    Fields.notBlank("serviceId", serviceId);
    Objects.requireNonNull(scheduledAt, "scheduledAt must not be null");
    Rfc3339.instant("scheduledAt", scheduledAt);
    Objects.requireNonNull(duration, "duration must not be null");
    Minutes.requirePositive("duration", duration);
    Objects.requireNonNull(sessionType, "sessionType must not be null");
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "BookingCreateParams[practitionerId="
        + practitionerId
        + ", serviceId="
        + serviceId
        + ", scheduledAt="
        + scheduledAt
        + ", duration="
        + duration
        + ", sessionType="
        + sessionType
        + ", notes="
        + Redacted.of(notes)
        + "]";
  }

  /** Collects the fields of a {@link BookingCreateParams}. */
  public static final class Builder {
    private String practitionerId;
    private String serviceId;
    private Instant scheduledAt;
    private Integer duration;
    private SessionType sessionType;
    private String notes;

    private Builder() {}

    /**
     * @param practitionerId the practitioner to book (required)
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId = practitionerId;
      return this;
    }

    /**
     * @param serviceId the practitioner's service to book
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = serviceId;
      return this;
    }

    /**
     * @param scheduledAt when the session starts (required)
     * @return this builder
     */
    public Builder scheduledAt(Instant scheduledAt) {
      this.scheduledAt = scheduledAt;
      return this;
    }

    /**
     * @param minutes the session's length in minutes, at least 1 (required)
     * @return this builder
     */
    public Builder duration(int minutes) {
      this.duration = minutes;
      return this;
    }

    /**
     * @param sessionType how the session takes place (required)
     * @return this builder
     */
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = sessionType;
      return this;
    }

    /**
     * @param notes free text for the practitioner; personal data, never logged by the SDK
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = notes;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a required field is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public BookingCreateParams build() {
      return new BookingCreateParams(
          practitionerId, serviceId, scheduledAt, duration, sessionType, notes);
    }
  }
}
