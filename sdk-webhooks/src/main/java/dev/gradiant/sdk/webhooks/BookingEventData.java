package dev.gradiant.sdk.webhooks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The data of a {@code booking.*} event: the booking, of which a delivery may carry only some
 * fields. The contract requires only the id (a delivery without one is rejected as {@code
 * MALFORMED_PAYLOAD}); every other field is empty when the payload omits it. Fields not modelled
 * here, such as a booking's notes, are in {@link WebhookEvent#rawData()}.
 *
 * <p>Immutable. Like every webhook data type it is a final class with a {@link Builder}, so fields
 * can be added later without breaking callers; nothing it returns is null.
 */
public final class BookingEventData implements EventData {
  private final String id;
  private final String status;
  private final Instant scheduledAt;
  private final Integer durationMinutes;
  private final String sessionType;
  private final String userId;
  private final String practitionerId;
  private final String serviceId;

  private BookingEventData(Builder builder) {
    this.id = builder.id;
    this.status = builder.status;
    this.scheduledAt = builder.scheduledAt;
    this.durationMinutes = builder.durationMinutes;
    this.sessionType = builder.sessionType;
    this.userId = builder.userId;
    this.practitionerId = builder.practitionerId;
    this.serviceId = builder.serviceId;
  }

  /**
   * Starts a builder, such as for a handler's tests.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this data's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.status = status;
    builder.scheduledAt = scheduledAt;
    builder.durationMinutes = durationMinutes;
    builder.sessionType = sessionType;
    builder.userId = userId;
    builder.practitionerId = practitionerId;
    builder.serviceId = serviceId;
    return builder;
  }

  /**
   * The booking's id ({@code bookingId} or {@code id}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * The booking's status, such as {@code pending} or {@code confirmed}.
   *
   * @return the status, or empty if the payload has none
   */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  /**
   * When the session is scheduled.
   *
   * @return the time, or empty if the payload has none
   */
  public Optional<Instant> scheduledAt() {
    return Optional.ofNullable(scheduledAt);
  }

  /**
   * The session's length in minutes ({@code durationMinutes} or {@code duration}).
   *
   * @return the length, or empty if the payload has none
   */
  public Optional<Integer> durationMinutes() {
    return Optional.ofNullable(durationMinutes);
  }

  /**
   * How the session happens, such as {@code video_call} or {@code in_person}.
   *
   * @return the session type, or empty if the payload has none
   */
  public Optional<String> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /**
   * The id of the user who booked.
   *
   * @return the id, or empty if the payload has none
   */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /**
   * The id of the practitioner booked.
   *
   * @return the id, or empty if the payload has none
   */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /**
   * The id of the service booked.
   *
   * @return the id, or empty if the payload has none
   */
  public Optional<String> serviceId() {
    return Optional.ofNullable(serviceId);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BookingEventData that
        && id.equals(that.id)
        && Objects.equals(status, that.status)
        && Objects.equals(scheduledAt, that.scheduledAt)
        && Objects.equals(durationMinutes, that.durationMinutes)
        && Objects.equals(sessionType, that.sessionType)
        && Objects.equals(userId, that.userId)
        && Objects.equals(practitionerId, that.practitionerId)
        && Objects.equals(serviceId, that.serviceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, status, scheduledAt, durationMinutes, sessionType, userId, practitionerId, serviceId);
  }

  @Override
  public String toString() {
    return "BookingEventData[id="
        + id
        + ", status="
        + status
        + ", scheduledAt="
        + scheduledAt
        + ", durationMinutes="
        + durationMinutes
        + ", sessionType="
        + sessionType
        + ", userId="
        + userId
        + ", practitionerId="
        + practitionerId
        + ", serviceId="
        + serviceId
        + "]";
  }

  /**
   * Builds {@link BookingEventData}; each method rejects null (leave a field unset to leave it
   * empty). Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private String status;
    private Instant scheduledAt;
    private Integer durationMinutes;
    private String sessionType;
    private String userId;
    private String practitionerId;
    private String serviceId;

    private Builder() {}

    /**
     * Sets the booking's id; required.
     *
     * @param id the id
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * Sets the booking's status.
     *
     * @param status the status, such as {@code pending}
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(String status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * Sets when the session is scheduled.
     *
     * @param scheduledAt the time
     * @return this builder
     * @throws NullPointerException if {@code scheduledAt} is null
     */
    public Builder scheduledAt(Instant scheduledAt) {
      this.scheduledAt = Objects.requireNonNull(scheduledAt, "scheduledAt must not be null");
      return this;
    }

    /**
     * Sets the session's length.
     *
     * @param durationMinutes the length in minutes
     * @return this builder
     */
    public Builder durationMinutes(int durationMinutes) {
      this.durationMinutes = durationMinutes;
      return this;
    }

    /**
     * Sets how the session happens.
     *
     * @param sessionType the session type, such as {@code video_call}
     * @return this builder
     * @throws NullPointerException if {@code sessionType} is null
     */
    public Builder sessionType(String sessionType) {
      this.sessionType = Objects.requireNonNull(sessionType, "sessionType must not be null");
      return this;
    }

    /**
     * Sets the id of the user who booked.
     *
     * @param userId the id
     * @return this builder
     * @throws NullPointerException if {@code userId} is null
     */
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * Sets the id of the practitioner booked.
     *
     * @param practitionerId the id
     * @return this builder
     * @throws NullPointerException if {@code practitionerId} is null
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * Sets the id of the service booked.
     *
     * @param serviceId the id
     * @return this builder
     * @throws NullPointerException if {@code serviceId} is null
     */
    public Builder serviceId(String serviceId) {
      this.serviceId = Objects.requireNonNull(serviceId, "serviceId must not be null");
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws IllegalStateException if the id is not set
     */
    public BookingEventData build() {
      if (id == null) {
        throw new IllegalStateException("BookingEventData.id is required");
      }
      return new BookingEventData(this);
    }
  }
}
