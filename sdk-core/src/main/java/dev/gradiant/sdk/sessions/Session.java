package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;

/**
 * A therapy session between a user and a practitioner, or one user's attempt at an assessment. The
 * session {@code token} is a credential and the participant's name and email are personal data:
 * {@link #toString()} leaves all three out.
 *
 * <p>Sessions API answers (document 003) name the participant the candidate: {@code candidateId},
 * {@code candidateName} and {@code candidateEmail} are read into {@code userId}, {@code userName}
 * and {@code userEmail} (if a body sends both names of a field, the one written last is kept).
 *
 * @param id the session's id
 * @param userId the participant (client or candidate); read from {@code candidateId} too
 * @param practitionerId the practitioner, for therapy sessions
 * @param assessmentId the assessment, for assessment sessions
 * @param status where the session is in its lifecycle
 * @param sessionType how the session takes place
 * @param token the participant's session token, the credential of {@link
 *     SessionsClient#advancePhase} and {@link SessionsClient#checkpoint}; returned by {@link
 *     SessionsClient#create}, usually {@code null} elsewhere. Hand it to the participant; never log
 *     or store it
 * @param dueDate the deadline for finishing the session, or {@code null}
 * @param setupStartedAt when the participant started setting up
 * @param taskStartedAt when the participant started the task
 * @param submittedAt when the participant submitted
 * @param completedAt when the session was completed
 * @param userName the participant's display name (personal data); read from {@code candidateName}
 *     too
 * @param userEmail the participant's email (personal data); read from {@code candidateEmail} too
 * @param assessmentName the assessment's name
 * @param createdAt when the session was created
 * @param updatedAt when it last changed
 */
public record Session(
    String id,
    @JsonAlias("candidateId") String userId,
    String practitionerId,
    String assessmentId,
    SessionStatus status,
    SessionType sessionType,
    String token,
    Instant dueDate,
    Instant setupStartedAt,
    Instant taskStartedAt,
    Instant submittedAt,
    Instant completedAt,
    @JsonAlias("candidateName") String userName,
    @JsonAlias("candidateEmail") String userEmail,
    String assessmentName,
    Instant createdAt,
    Instant updatedAt) {

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
}
