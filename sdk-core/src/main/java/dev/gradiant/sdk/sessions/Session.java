package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A therapy session between a user and a practitioner, or one user's attempt at an assessment. The
 * session {@code token} is a credential and the participant's name and email are personal data:
 * {@link #toString()} leaves all three out.
 *
 * <p>Sessions API answers (document 003) name the participant the candidate: {@code candidateId},
 * {@code candidateName} and {@code candidateEmail} are read into {@code userId}, {@code userName}
 * and {@code userEmail} (if a body sends both names of a field, the one written last is kept).
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #id()} and {@link
 * #status()}, required by the contract, are always present; every other value may be absent and is
 * an {@link Optional}.
 */
@JsonDeserialize(builder = Session.Builder.class)
public final class Session {
  @JsonProperty private final String id;
  @JsonProperty private final String userId;
  @JsonProperty private final String practitionerId;
  @JsonProperty private final String assessmentId;
  @JsonProperty private final SessionStatus status;
  @JsonProperty private final SessionType sessionType;
  @JsonProperty private final String token;
  @JsonProperty private final Instant dueDate;
  @JsonProperty private final Instant setupStartedAt;
  @JsonProperty private final Instant taskStartedAt;
  @JsonProperty private final Instant submittedAt;
  @JsonProperty private final Instant completedAt;
  @JsonProperty private final String userName;
  @JsonProperty private final String userEmail;
  @JsonProperty private final String assessmentName;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Instant updatedAt;

  private Session(Builder builder) {
    this.id = builder.id;
    this.userId = builder.userId;
    this.practitionerId = builder.practitionerId;
    this.assessmentId = builder.assessmentId;
    this.status = builder.status;
    this.sessionType = builder.sessionType;
    this.token = builder.token;
    this.dueDate = builder.dueDate;
    this.setupStartedAt = builder.setupStartedAt;
    this.taskStartedAt = builder.taskStartedAt;
    this.submittedAt = builder.submittedAt;
    this.completedAt = builder.completedAt;
    this.userName = builder.userName;
    this.userEmail = builder.userEmail;
    this.assessmentName = builder.assessmentName;
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this session} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.userId = userId;
    builder.practitionerId = practitionerId;
    builder.assessmentId = assessmentId;
    builder.status = status;
    builder.sessionType = sessionType;
    builder.token = token;
    builder.dueDate = dueDate;
    builder.setupStartedAt = setupStartedAt;
    builder.taskStartedAt = taskStartedAt;
    builder.submittedAt = submittedAt;
    builder.completedAt = completedAt;
    builder.userName = userName;
    builder.userEmail = userEmail;
    builder.assessmentName = assessmentName;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    return builder;
  }

  /** {@return the session's id} */
  public String id() {
    return id;
  }

  /** {@return the participant (client or candidate); read from {@code candidateId} too} */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** {@return the practitioner, for therapy sessions} */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /** {@return the assessment, for assessment sessions} */
  public Optional<String> assessmentId() {
    return Optional.ofNullable(assessmentId);
  }

  /** {@return where the session is in its lifecycle} */
  public SessionStatus status() {
    return status;
  }

  /** {@return how the session takes place} */
  public Optional<SessionType> sessionType() {
    return Optional.ofNullable(sessionType);
  }

  /**
   * {@return the participant's session token, the credential of {@link SessionsClient#advancePhase}
   * and {@link SessionsClient#checkpoint}; returned by {@link SessionsClient#create}, usually
   * absent elsewhere. Hand it to the participant; never log or store it}
   */
  public Optional<String> token() {
    return Optional.ofNullable(token);
  }

  /** {@return the deadline for finishing the session} */
  public Optional<Instant> dueDate() {
    return Optional.ofNullable(dueDate);
  }

  /** {@return when the participant started setting up} */
  public Optional<Instant> setupStartedAt() {
    return Optional.ofNullable(setupStartedAt);
  }

  /** {@return when the participant started the task} */
  public Optional<Instant> taskStartedAt() {
    return Optional.ofNullable(taskStartedAt);
  }

  /** {@return when the participant submitted} */
  public Optional<Instant> submittedAt() {
    return Optional.ofNullable(submittedAt);
  }

  /** {@return when the session was completed} */
  public Optional<Instant> completedAt() {
    return Optional.ofNullable(completedAt);
  }

  /**
   * {@return the participant's display name (personal data); read from {@code candidateName} too}
   */
  public Optional<String> userName() {
    return Optional.ofNullable(userName);
  }

  /** {@return the participant's email (personal data); read from {@code candidateEmail} too} */
  public Optional<String> userEmail() {
    return Optional.ofNullable(userEmail);
  }

  /** {@return the assessment's name} */
  public Optional<String> assessmentName() {
    return Optional.ofNullable(assessmentName);
  }

  /** {@return when the session was created} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return when it last changed} */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Session that
        && id.equals(that.id)
        && Objects.equals(userId, that.userId)
        && Objects.equals(practitionerId, that.practitionerId)
        && Objects.equals(assessmentId, that.assessmentId)
        && status.equals(that.status)
        && Objects.equals(sessionType, that.sessionType)
        && Objects.equals(token, that.token)
        && Objects.equals(dueDate, that.dueDate)
        && Objects.equals(setupStartedAt, that.setupStartedAt)
        && Objects.equals(taskStartedAt, that.taskStartedAt)
        && Objects.equals(submittedAt, that.submittedAt)
        && Objects.equals(completedAt, that.completedAt)
        && Objects.equals(userName, that.userName)
        && Objects.equals(userEmail, that.userEmail)
        && Objects.equals(assessmentName, that.assessmentName)
        && Objects.equals(createdAt, that.createdAt)
        && Objects.equals(updatedAt, that.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        userId,
        practitionerId,
        assessmentId,
        status,
        sessionType,
        token,
        dueDate,
        setupStartedAt,
        taskStartedAt,
        submittedAt,
        completedAt,
        userName,
        userEmail,
        assessmentName,
        createdAt,
        updatedAt);
  }

  @Override
  public String toString() {
    return "Session[id="
        + id
        + ", userId="
        + userId
        + ", practitionerId="
        + practitionerId
        + ", assessmentId="
        + assessmentId
        + ", status="
        + status
        + ", sessionType="
        + sessionType
        + ", token="
        + Redacted.of(token)
        + ", dueDate="
        + dueDate
        + ", setupStartedAt="
        + setupStartedAt
        + ", taskStartedAt="
        + taskStartedAt
        + ", submittedAt="
        + submittedAt
        + ", completedAt="
        + completedAt
        + ", userName="
        + Redacted.of(userName)
        + ", userEmail="
        + Redacted.of(userEmail)
        + ", assessmentName="
        + assessmentName
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }

  /**
   * Collects the fields of a {@link Session}. Each method rejects null; leave a field unset to have
   * it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String userId;
    private String practitionerId;
    private String assessmentId;
    private SessionStatus status;
    private SessionType sessionType;
    private String token;
    private Instant dueDate;
    private Instant setupStartedAt;
    private Instant taskStartedAt;
    private Instant submittedAt;
    private Instant completedAt;
    private String userName;
    private String userEmail;
    private String assessmentName;
    private Instant createdAt;
    private Instant updatedAt;

    private Builder() {}

    /**
     * @param id the session's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param userId the participant (client or candidate); read from {@code candidateId} too
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    @JsonAlias("candidateId")
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param practitionerId the practitioner, for therapy sessions
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param assessmentId the assessment, for assessment sessions
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder assessmentId(String assessmentId) {
      this.assessmentId = Objects.requireNonNull(assessmentId, "assessmentId must not be null");
      return this;
    }

    /**
     * @param status where the session is in its lifecycle (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder status(SessionStatus status) {
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
     * @param token the participant's session token, the credential of {@link
     *     SessionsClient#advancePhase} and {@link SessionsClient#checkpoint}; returned by {@link
     *     SessionsClient#create}, usually absent elsewhere. Hand it to the participant; never log
     *     or store it
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder token(String token) {
      this.token = Objects.requireNonNull(token, "token must not be null");
      return this;
    }

    /**
     * @param dueDate the deadline for finishing the session
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder dueDate(Instant dueDate) {
      this.dueDate = Objects.requireNonNull(dueDate, "dueDate must not be null");
      return this;
    }

    /**
     * @param setupStartedAt when the participant started setting up
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder setupStartedAt(Instant setupStartedAt) {
      this.setupStartedAt =
          Objects.requireNonNull(setupStartedAt, "setupStartedAt must not be null");
      return this;
    }

    /**
     * @param taskStartedAt when the participant started the task
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder taskStartedAt(Instant taskStartedAt) {
      this.taskStartedAt = Objects.requireNonNull(taskStartedAt, "taskStartedAt must not be null");
      return this;
    }

    /**
     * @param submittedAt when the participant submitted
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder submittedAt(Instant submittedAt) {
      this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt must not be null");
      return this;
    }

    /**
     * @param completedAt when the session was completed
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder completedAt(Instant completedAt) {
      this.completedAt = Objects.requireNonNull(completedAt, "completedAt must not be null");
      return this;
    }

    /**
     * @param userName the participant's display name (personal data); read from {@code
     *     candidateName} too
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    @JsonAlias("candidateName")
    public Builder userName(String userName) {
      this.userName = Objects.requireNonNull(userName, "userName must not be null");
      return this;
    }

    /**
     * @param userEmail the participant's email (personal data); read from {@code candidateEmail}
     *     too
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    @JsonAlias("candidateEmail")
    public Builder userEmail(String userEmail) {
      this.userEmail = Objects.requireNonNull(userEmail, "userEmail must not be null");
      return this;
    }

    /**
     * @param assessmentName the assessment's name
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder assessmentName(String assessmentName) {
      this.assessmentName =
          Objects.requireNonNull(assessmentName, "assessmentName must not be null");
      return this;
    }

    /**
     * @param createdAt when the session was created
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
     * @return the session
     * @throws IllegalStateException if {@code id} or {@code status} is unset
     */
    public Session build() {
      if (id == null) {
        throw new IllegalStateException("Session.id is required");
      }
      if (status == null) {
        throw new IllegalStateException("Session.status is required");
      }
      return new Session(this);
    }
  }
}
