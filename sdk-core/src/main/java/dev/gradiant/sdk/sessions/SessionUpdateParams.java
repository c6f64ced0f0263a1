package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PUT /sessions/{id}}: the fields to change. Unset fields are not sent and keep
 * their value; at least one must be set. Setting {@code status} to {@link SessionStatus#COMPLETED}
 * fires the {@code session.completed} webhook; a transition the lifecycle does not allow is a
 * {@link dev.gradiant.sdk.errors.ConflictException}.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: an unset field is {@link
 * Optional#empty()}.
 */
public final class SessionUpdateParams {
  private final String practitionerId;
  private final SessionType sessionType;
  private final Instant dueDate;
  private final boolean clearDueDate;
  private final SessionStatus status;

  private SessionUpdateParams(Builder builder) {
    this.practitionerId = builder.practitionerId;
    this.sessionType = builder.sessionType;
    this.dueDate = builder.dueDate;
    this.clearDueDate = builder.clearDueDate;
    this.status = builder.status;
    Fields.requireAny(
        "SessionUpdateParams",
        practitionerId,
        sessionType,
        dueDate,
        clearDueDate ? Boolean.TRUE : null,
        status);
    Fields.notBlank("practitionerId", practitionerId);
    if (clearDueDate && dueDate != null) {
      throw new IllegalArgumentException("dueDate and clearDueDate cannot both be set");
    }
    Rfc3339.instant("dueDate", dueDate);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.practitionerId = practitionerId;
    builder.sessionType = sessionType;
    builder.dueDate = dueDate;
    builder.clearDueDate = clearDueDate;
    builder.status = status;
    return builder;
  }

  /** {@return the new practitioner} */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /** {@return the new way the session takes place} */
  public Optional<SessionType> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /** {@return the new deadline} */
  public Optional<Instant> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /** {@return whether to remove the deadline (sends {@code "dueDate": null})} */
  public boolean clearDueDate() {
    return clearDueDate;
  }

  /** {@return the new status} */
  public Optional<SessionStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The JSON body: the set fields only, plus an explicit null {@code dueDate} when clearing. */
  @JsonValue
  ObjectNode toJson() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    if (practitionerId != null) {
      body.put("practitionerId", practitionerId);
    }
    if (sessionType != null) {
      body.put("sessionType", sessionType.value());
    }
    if (dueDate != null) {
      body.put("dueDate", dueDate.toString());
    } else if (clearDueDate) {
      body.putNull("dueDate");
    }
    if (status != null) {
      body.put("status", status.value());
    }
    return body;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionUpdateParams that
        && Objects.equals(practitionerId, that.practitionerId)
        && Objects.equals(sessionType, that.sessionType)
        && Objects.equals(dueDate, that.dueDate)
        && clearDueDate == that.clearDueDate
        && Objects.equals(status, that.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(practitionerId, sessionType, dueDate, clearDueDate, status);
  }

  @Override
  public String toString() {
    return "SessionUpdateParams[practitionerId="
        + practitionerId
        + ", sessionType="
        + sessionType
        + ", dueDate="
        + dueDate
        + ", clearDueDate="
        + clearDueDate
        + ", status="
        + status
        + "]";
  }

  /** Collects the fields of a {@link SessionUpdateParams}. Each method rejects null. */
  public static final class Builder {
    private String practitionerId;
    private SessionType sessionType;
    private Instant dueDate;
    private boolean clearDueDate;
    private SessionStatus status;

    private Builder() {}

    /**
     * @param practitionerId the new practitioner
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
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
     * @param dueDate the new deadline
     * @return this builder
     */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = Objects.requireNonNull(dueDate, "dueDate must not be null");
      return this;
    }

    /**
     * Removes the session's deadline ({@code "dueDate": null}).
     *
     * @return this builder
     */
    public Builder clearDueDate() {
      this.clearDueDate = true;
      return this;
    }

    /**
     * @param status the new status
     * @return this builder
     */
    public Builder status(SessionStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set, {@code practitionerId} is blank, both
     *     {@code dueDate} and {@code clearDueDate} are set, or {@code dueDate} is outside the years
     *     0000 to 9999
     */
    public SessionUpdateParams build() {
      return new SessionUpdateParams(this);
    }
  }
}
