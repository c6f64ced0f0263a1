package dev.gradiant.sdk.sessions;

/** The spec's session examples ({@code openapi/gradiant-v1.yaml}, from documents 000 and 003). */
final class SessionPayloads {
  private SessionPayloads() {}

  /** {@code listSessions} example item: a submitted assessment session (document 003). */
  static final String SUBMITTED =
      """
      {"id": "sess_123", "assessmentId": "assess_123", "userId": "user_123",
       "status": "submitted", "setupStartedAt": "2025-01-15T10:00:00Z",
       "taskStartedAt": "2025-01-15T10:15:00Z", "submittedAt": "2025-01-15T11:00:00Z",
       "dueDate": null, "createdAt": "2025-01-15T09:00:00Z", "userName": "Jane Smith",
       "userEmail": "jane@example.com", "assessmentName": "Senior PM Assessment"}""";

  /**
   * Document 003's own {@code GET /api/sessions/:sessionId} session, as the Sessions API writes it:
   * the participant is the candidate ({@code candidateId}, {@code candidateName}, {@code
   * candidateEmail}), with no {@code userId}, {@code userName} or {@code userEmail}.
   */
  static final String CANDIDATE_003 =
      """
      {"id": "sess_123", "assessmentId": "assess_123", "candidateId": "cand_123",
       "token": "abc123", "status": "scored", "candidateName": "Jane Smith",
       "candidateEmail": "jane@example.com", "assessmentName": "Senior PM Assessment",
       "setupStartedAt": "2025-01-15T10:00:00Z", "taskStartedAt": "2025-01-15T10:15:00Z",
       "submittedAt": "2025-01-15T11:00:00Z"}""";

  /** {@code createSession} answer: a therapy session, the only answer carrying the token. */
  static final String CREATED =
      """
      {"id": "sess_123", "userId": "user_123", "practitionerId": "prac_123",
       "status": "invited", "sessionType": "video_call", "token": "abc123", "dueDate": null,
       "createdAt": "2024-03-21T10:30:00Z", "updatedAt": "2024-03-21T10:30:00Z"}""";

  /** {@code getSession} answer: a scored assessment session (document 003). */
  static final String SCORED =
      """
      {"id": "sess_123", "assessmentId": "assess_123", "userId": "user_123", "status": "scored",
       "userName": "Jane Smith", "userEmail": "jane@example.com",
       "assessmentName": "Senior PM Assessment", "setupStartedAt": "2025-01-15T10:00:00Z",
       "taskStartedAt": "2025-01-15T10:15:00Z", "submittedAt": "2025-01-15T11:00:00Z"}""";

  /** {@code updateSession} answer: a completed therapy session. */
  static final String COMPLETED =
      """
      {"id": "sess_123", "userId": "user_123", "practitionerId": "prac_123",
       "status": "completed", "sessionType": "video_call",
       "completedAt": "2024-03-21T10:30:00Z", "createdAt": "2024-03-21T09:00:00Z",
       "updatedAt": "2024-03-21T10:30:00Z"}""";

  /** {@code listSessionEvents} example item (document 003). */
  static final String USER_MESSAGE =
      """
      {"id": "event_123", "sessionId": "sess_123", "timestampMs": 1705312800000,
       "phase": "task", "type": "user_message", "data": {"content": "..."},
       "createdAt": "2025-01-15T10:00:00Z"}""";

  /** {@code USER_MESSAGE} with another id. */
  static String event(String id) {
    return USER_MESSAGE.replace("event_123", id);
  }
}
