package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Objects;

/**
 * The body of {@code POST /sessions}. Build with {@link #builder()}; {@code userId} is required. A
 * session with an {@code assessmentId} is an assessment session, otherwise a therapy session.
 *
 * @param userId the participant, client or candidate (required)
 * @param practitionerId the practitioner, for a therapy session
 * @param assessmentId the assessment, for an assessment session
 * @param sessionType how the session takes place
 * @param dueDate the deadline for finishing the session
 */
public record SessionCreateParams(
    String userId,
    String practitionerId,
    String assessmentId,
    SessionType sessionType,
    Instant dueDate) {

  /**
   * Checks the fields.
   *
   * @param userId the participant, client or candidate (required)
   * @param practitionerId the practitioner, for a therapy session
   * @param assessmentId the assessment, for an assessment session
   * @param sessionType how the session takes place
   * @param dueDate the deadline for finishing the session
   * @throws NullPointerException if {@code userId} is null
   * @throws IllegalArgumentException if an id is blank, or {@code dueDate} is outside the years
   *     0000 to 9999
   */
  public SessionCreateParams {
    Objects.requireNonNull(userId, "userId must not be null");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    Fields.notBlank("practitionerId", practitionerId);
    Fields.notBlank("assessmentId", assessmentId);
    Rfc3339.instant("dueDate", dueDate);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of a {@link SessionCreateParams}. */
  public static final class Builder {
    private String userId;
    private String practitionerId;
    private String assessmentId;
    private SessionType sessionType;
    private Instant dueDate;

    private Builder() {}

    /**
     * @param userId the participant, client or candidate (required)
     * @return this builder
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * @param practitionerId the practitioner, for a therapy session
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId = practitionerId;
      return this;
    }

    /**
     * @param assessmentId the assessment, for an assessment session
     * @return this builder
     */
    public Builder assessmentId(String assessmentId) {
      this.assessmentId = assessmentId;
      return this;
    }

    /**
     * @param sessionType how the session takes place
     * @return this builder
     */
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = sessionType;
      return this;
    }

    /**
     * @param dueDate the deadline for finishing the session
     * @return this builder
     */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = dueDate;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code userId} is unset
     * @throws IllegalArgumentException if an id is blank or {@code dueDate} is out of range
     */
    public SessionCreateParams build() {
      return new SessionCreateParams(userId, practitionerId, assessmentId, sessionType, dueDate);
    }
  }
}
