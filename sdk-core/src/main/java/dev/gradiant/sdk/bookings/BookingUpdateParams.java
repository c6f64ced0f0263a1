package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PUT /bookings/{id}}: the fields to change. Unset fields are not sent and keep
 * their value; at least one must be set. The notes are personal data: {@link #toString()} leaves
 * them out.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: an unset field is {@link
 * Optional#empty()}.
 */
public final class BookingUpdateParams {
  @JsonProperty private final Instant scheduledAt;
  @JsonProperty private final Integer duration;
  @JsonProperty private final SessionType sessionType;
  @JsonProperty private final String notes;

  private BookingUpdateParams(Builder builder) {
    this.scheduledAt = builder.scheduledAt;
    this.duration = builder.duration;
    this.sessionType = builder.sessionType;
    this.notes = builder.notes;
    Fields.requireAny("BookingUpdateParams", scheduledAt, duration, sessionType, notes);
    Minutes.requirePositive("duration", duration);
    Rfc3339.instant("scheduledAt", scheduledAt);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.scheduledAt = scheduledAt;
    builder.duration = duration;
    builder.sessionType = sessionType;
    builder.notes = notes;
    return builder;
  }

  /** {@return the new start time} */
  public Optional<Instant> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  /** {@return the new length in minutes, at least 1} */
  public Optional<Integer> duration() {
    return Optional.ofNullable(duration);
  }

  /** {@return the new way the session takes place} */
  public Optional<SessionType> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /** {@return the new notes for the practitioner; may describe health concerns} */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BookingUpdateParams that
        && Objects.equals(scheduledAt, that.scheduledAt)
        && Objects.equals(duration, that.duration)
        && Objects.equals(sessionType, that.sessionType)
        && Objects.equals(notes, that.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheduledAt, duration, sessionType, notes);
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

  /** Collects the fields of a {@link BookingUpdateParams}. Each method rejects null. */
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
      this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt must not be null");
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
      this.sessionType = Objects.requireNonNull(sessionType, "sessionType must not be null");
      return this;
    }

    /**
     * @param notes the new notes; personal data, never logged by the SDK
     * @return this builder
     */
    public Builder notes(String notes) {
      this.notes = Objects.requireNonNull(notes, "notes must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set, {@code duration} is not positive, or
     *     {@code scheduledAt} is outside the years 0000 to 9999
     */
    public BookingUpdateParams build() {
      return new BookingUpdateParams(this);
    }
  }
}
