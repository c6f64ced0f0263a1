package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;

/**
 * The body of {@code PUT /sessions/{id}}: the fields to change. Unset fields are not sent and keep
 * their value; at least one must be set. Setting {@code status} to {@link SessionStatus#COMPLETED}
 * fires the {@code session.completed} webhook; a transition the lifecycle does not allow is a
 * {@link dev.gradiant.sdk.errors.ConflictException}.
 *
 * @param practitionerId the new practitioner
 * @param sessionType the new way the session takes place
 * @param dueDate the new deadline
 * @param clearDueDate whether to remove the deadline (sends {@code "dueDate": null})
 * @param status the new status
 */
public record SessionUpdateParams(
    String practitionerId,
    SessionType sessionType,
    Instant dueDate,
    boolean clearDueDate,
    SessionStatus status) {

  /**
   * Checks the fields.
   *
   * @param practitionerId the new practitioner
   * @param sessionType the new way the session takes place
   * @param dueDate the new deadline
   * @param clearDueDate whether to remove the deadline (sends {@code "dueDate": null})
   * @param status the new status
   * @throws IllegalArgumentException if nothing is set, {@code practitionerId} is blank, both
   *     {@code dueDate} and {@code clearDueDate} are set, or {@code dueDate} is outside the years
   *     0000 to 9999
   */
  public SessionUpdateParams {
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

  /** Collects the fields of a {@link SessionUpdateParams}. */
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
      this.practitionerId = practitionerId;
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
     * @param dueDate the new deadline
     * @return this builder
     */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = dueDate;
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
      this.status = status;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set or a field is invalid
     */
    public SessionUpdateParams build() {
      return new SessionUpdateParams(practitionerId, sessionType, dueDate, clearDueDate, status);
    }
  }
}
