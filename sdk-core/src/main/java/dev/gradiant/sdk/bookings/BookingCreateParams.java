package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /bookings}. Build with {@link #builder()}; {@code practitionerId}, {@code
 * scheduledAt}, {@code duration} and {@code sessionType} are required. The notes are personal data:
 * {@link #toString()} leaves them out.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: required fields are returned as
 * they are, optional ones as an {@link Optional}.
 */
public final class BookingCreateParams {
  @JsonProperty private final String practitionerId;
  @JsonProperty private final String serviceId;
  @JsonProperty private final Instant scheduledAt;
  @JsonProperty private final int duration;
  @JsonProperty private final SessionType sessionType;
  @JsonProperty private final String notes;

  private BookingCreateParams(Builder builder) {
    this.practitionerId =
        Objects.requireNonNull(builder.practitionerId, "practitionerId must not be null");
    Fields.notBlank("practitionerId", practitionerId);
    this.serviceId = builder.serviceId;
    Fields.notBlank("serviceId", serviceId);
    this.scheduledAt = Objects.requireNonNull(builder.scheduledAt, "scheduledAt must not be null");
    Rfc3339.instant("scheduledAt", scheduledAt);
    Objects.requireNonNull(builder.duration, "duration must not be null");
    this.duration = Minutes.requirePositive("duration", builder.duration);
    this.sessionType = Objects.requireNonNull(builder.sessionType, "sessionType must not be null");
    this.notes = builder.notes;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.practitionerId = practitionerId;
    builder.serviceId = serviceId;
    builder.scheduledAt = scheduledAt;
    builder.duration = duration;
    builder.sessionType = sessionType;
    builder.notes = notes;
    return builder;
  }

  /** {@return the practitioner to book} */
  public String practitionerId() {
    return practitionerId;
  }

  /** {@return the practitioner's service to book} */
  public Optional<String> serviceId() {
    return Optional.ofNullable(serviceId);
  }

  /** {@return when the session starts} */
  public Instant scheduledAt() {
    return scheduledAt;
  }

  /** {@return the session's length in minutes, at least 1} */
  public int duration() {
    return duration;
  }

  /** {@return how the session takes place} */
  public SessionType sessionType() {
    return sessionType;
  }

  /** {@return free text for the practitioner; may describe health concerns} */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BookingCreateParams that
        && practitionerId.equals(that.practitionerId)
        && Objects.equals(serviceId, that.serviceId)
        && scheduledAt.equals(that.scheduledAt)
        && duration == that.duration
        && sessionType.equals(that.sessionType)
        && Objects.equals(notes, that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(practitionerId, serviceId, scheduledAt, duration, sessionType, notes);
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

  /** Collects the fields of a {@link BookingCreateParams}. Each method rejects null. */
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
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param serviceId the practitioner's service to book
     * @return this builder
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = Objects.requireNonNull(serviceId, "serviceId must not be null");
      return this;
    }

    /**
     * @param scheduledAt when the session starts (required)
     * @return this builder
     */
    public Builder scheduledAt(Instant scheduledAt) {
      this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt must not be null");
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
      this.sessionType = Objects.requireNonNull(sessionType, "sessionType must not be null");
      return this;
    }

    /**
     * @param notes free text for the practitioner; personal data, never logged by the SDK
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = Objects.requireNonNull(notes, "notes must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a required field is unset
     * @throws IllegalArgumentException if an id is blank, {@code duration} is not positive, or
     *     {@code scheduledAt} is outside the years 0000 to 9999
     */
    public BookingCreateParams build() {
      return new BookingCreateParams(this);
    }
  }
}
