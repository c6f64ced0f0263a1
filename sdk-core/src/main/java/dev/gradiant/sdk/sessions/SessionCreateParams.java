package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code POST /sessions}. Build with {@link #builder()}; {@code userId} is required. A
 * session with an {@code assessmentId} is an assessment session, otherwise a therapy session.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #userId()} is returned as it
 * is, optional fields as an {@link Optional}.
 */
public final class SessionCreateParams {
  @JsonProperty private final String userId;
  @JsonProperty private final String practitionerId;
  @JsonProperty private final String assessmentId;
  @JsonProperty private final SessionType sessionType;
  @JsonProperty private final Instant dueDate;

  private SessionCreateParams(Builder builder) {
    this.userId = Objects.requireNonNull(builder.userId, "userId must not be null");
    if (userId.isBlank()) {
      throw new IllegalArgumentException("userId must not be blank");
    }
    this.practitionerId = Fields.notBlank("practitionerId", builder.practitionerId);
    this.assessmentId = Fields.notBlank("assessmentId", builder.assessmentId);
    this.sessionType = builder.sessionType;
    this.dueDate = Rfc3339.instant("dueDate", builder.dueDate);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.userId = userId;
    builder.practitionerId = practitionerId;
    builder.assessmentId = assessmentId;
    builder.sessionType = sessionType;
    builder.dueDate = dueDate;
    return builder;
  }

  /** {@return the participant, client or candidate} */
  public String userId() {
    return userId;
  }

  /** {@return the practitioner, for a therapy session} */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /** {@return the assessment, for an assessment session} */
  public Optional<String> assessmentId() {
    return Optional.ofNullable(assessmentId);
  }

  /** {@return how the session takes place} */
  public Optional<SessionType> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /** {@return the deadline for finishing the session} */
  public Optional<Instant> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionCreateParams that
        && userId.equals(that.userId)
        && Objects.equals(practitionerId, that.practitionerId)
        && Objects.equals(assessmentId, that.assessmentId)
        && Objects.equals(sessionType, that.sessionType)
        && Objects.equals(dueDate, that.dueDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, practitionerId, assessmentId, sessionType, dueDate);
  }

  @Override
  public String toString() {
    return "SessionCreateParams[userId="
        + userId
        + ", practitionerId="
        + practitionerId
        + ", assessmentId="
        + assessmentId
        + ", sessionType="
        + sessionType
        + ", dueDate="
        + dueDate
        + "]";
  }

  /** Collects the fields of a {@link SessionCreateParams}. Each method rejects null. */
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
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param practitionerId the practitioner, for a therapy session
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param assessmentId the assessment, for an assessment session
     * @return this builder
     */
    public Builder assessmentId(String assessmentId) {
      this.assessmentId = Objects.requireNonNull(assessmentId, "assessmentId must not be null");
      return this;
    }

    /**
     * @param sessionType how the session takes place
     * @return this builder
     */
    public Builder sessionType(SessionType sessionType) {
      this.sessionType = Objects.requireNonNull(sessionType, "sessionType must not be null");
      return this;
    }

    /**
     * @param dueDate the deadline for finishing the session
     * @return this builder
     */
    public Builder dueDate(Instant dueDate) {
      this.dueDate = Objects.requireNonNull(dueDate, "dueDate must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code userId} is unset
     * @throws IllegalArgumentException if an id is blank, or {@code dueDate} is outside the years
     *     0000 to 9999
     */
    public SessionCreateParams build() {
      return new SessionCreateParams(this);
    }
  }
}
