package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A booked session with a practitioner. The notes are personal data: {@link #toString()} leaves
 * them out.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #id()}, required by the
 * contract, is always present; every other value may be absent and is an {@link Optional}.
 */
@JsonDeserialize(builder = Booking.Builder.class)
public final class Booking {
  @JsonProperty private final String id;
  @JsonProperty private final String userId;
  @JsonProperty private final String practitionerId;
  @JsonProperty private final String serviceId;
  @JsonProperty private final Instant scheduledAt;
  @JsonProperty private final Integer duration;
  @JsonProperty private final BookingStatus status;
  @JsonProperty private final SessionType sessionType;
  @JsonProperty private final String notes;
  @JsonProperty private final Money price;
  @JsonProperty private final PaymentStatus paymentStatus;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Instant updatedAt;

  private Booking(Builder builder) {
    this.id = builder.id;
    this.userId = builder.userId;
    this.practitionerId = builder.practitionerId;
    this.serviceId = builder.serviceId;
    this.scheduledAt = builder.scheduledAt;
    this.duration = builder.duration;
    this.status = builder.status;
    this.sessionType = builder.sessionType;
    this.notes = builder.notes;
    this.price = builder.price;
    this.paymentStatus = builder.paymentStatus;
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this booking} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.userId = userId;
    builder.practitionerId = practitionerId;
    builder.serviceId = serviceId;
    builder.scheduledAt = scheduledAt;
    builder.duration = duration;
    builder.status = status;
    builder.sessionType = sessionType;
    builder.notes = notes;
    builder.price = price;
    builder.paymentStatus = paymentStatus;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    return builder;
  }

  /** {@return the booking's id} */
  public String id() {
    return id;
  }

  /** {@return the user who booked} */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** {@return the practitioner booked} */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /** {@return the practitioner's service booked} */
  public Optional<String> serviceId() {
    return Optional.ofNullable(serviceId);
  }

  /** {@return when the session starts} */
  public Optional<Instant> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  /** {@return the session's length in minutes} */
  public Optional<Integer> duration() {
    return Optional.ofNullable(duration);
  }

  /** {@return where the booking is in its lifecycle} */
  public Optional<BookingStatus> status() {
    return Optional.ofNullable(status);
  }

  /** {@return how the session takes place} */
  public Optional<SessionType> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /** {@return the user's notes (personal data: never logged)} */
  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }

  /** {@return what the session costs} */
  public Optional<Money> price() {
    return Optional.ofNullable(price);
  }

  /** {@return whether it has been paid} */
  public Optional<PaymentStatus> paymentStatus() {
    return Optional.ofNullable(paymentStatus);
  }

  /** {@return when the booking was made} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when it last changed} */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Booking that
        && id.equals(that.id)
        && Objects.equals(userId, that.userId)
        && Objects.equals(practitionerId, that.practitionerId)
        && Objects.equals(serviceId, that.serviceId)
        && Objects.equals(scheduledAt, that.scheduledAt)
        && Objects.equals(duration, that.duration)
        && Objects.equals(status, that.status)
        && Objects.equals(sessionType, that.sessionType)
        && Objects.equals(notes, that.notes)
        && Objects.equals(price, that.price)
        && Objects.equals(paymentStatus, that.paymentStatus)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        userId,
        practitionerId,
        serviceId,
        scheduledAt,
        duration,
        status,
        sessionType,
        notes,
        price,
        paymentStatus,
        createdAt,
        updatedAt);
  }

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

  /**
   * Collects the fields of a {@link Booking}. Each method rejects null; leave a field unset to have
   * it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String userId;
    private String practitionerId;
    private String serviceId;
    private Instant scheduledAt;
    private Integer duration;
    private BookingStatus status;
    private SessionType sessionType;
    private String notes;
    private Money price;
    private PaymentStatus paymentStatus;
    private Instant createdAt;
    private Instant updatedAt;

    private Builder() {}

    /**
     * @param id the booking's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param userId the user who booked
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param practitionerId the practitioner booked
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param serviceId the practitioner's service booked
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder serviceId(String serviceId) {
      this.serviceId = Objects.requireNonNull(serviceId, "serviceId must not be null");
      return this;
    }

    /**
     * @param scheduledAt when the session starts
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder scheduledAt(Instant scheduledAt) {
      this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt must not be null");
      return this;
    }

    /**
     * @param duration the session's length in minutes
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder duration(int duration) {
      this.duration = duration;
      return this;
    }

    /**
     * @param status where the booking is in its lifecycle
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder status(BookingStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @param sessionType how the session takes place
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = Objects.requireNonNull(sessionType, "sessionType must not be null");
      return this;
    }

    /**
     * @param notes the user's notes (personal data)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder notes(String notes) {
      this.notes = Objects.requireNonNull(notes, "notes must not be null");
      return this;
    }

    /**
     * @param price what the session costs
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder price(Money price) {
      this.price = Objects.requireNonNull(price, "price must not be null");
      return this;
    }

    /**
     * @param paymentStatus whether it has been paid
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder paymentStatus(PaymentStatus paymentStatus) {
      this.paymentStatus = Objects.requireNonNull(paymentStatus, "paymentStatus must not be null");
      return this;
    }

    /**
     * @param createdAt when the booking was made
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param updatedAt when it last changed
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt must not be null");
      return this;
    }

    /**
     * @return the booking
     * @throws IllegalStateException if {@code id} is unset
     */
    public Booking build() {
      if (id == null) {
        throw new IllegalStateException("Booking.id is required");
      }
      return new Booking(this);
    }
  }
}
