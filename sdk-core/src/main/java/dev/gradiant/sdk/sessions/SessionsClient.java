package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * The {@code /sessions} endpoints: therapy and assessment sessions, their lifecycle, the phase
 * workflow of the participant's workspace, and the event log.
 *
 * <p>{@link #advancePhase} and {@link #checkpoint} are authenticated with the participant's session
 * token (the {@link Session#token()} returned by {@link #create}), passed as an argument, instead
 * of the client's credentials; the token is sent only in the {@code Authorization} header and never
 * appears in messages or {@code toString()}.
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id
 * ({@code ../admin}, {@code a/b}) or session token is an {@link IllegalArgumentException} or {@link
 * NullPointerException} naming the argument. API errors are thrown as {@link
 * dev.gradiant.sdk.errors.ApiException} subclasses.
 */
public final class SessionsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(SessionsClient.class, SessionsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  SessionsClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings. An idempotency key in {@code
   * options} applies to one call: the first {@code POST} through the view (or through a view
   * derived from it) sends it, and a later one throws {@link IllegalStateException} before sending;
   * make a new view for each call.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public SessionsClient withOptions(RequestOptions options) {
    return new SessionsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /sessions}: the first page of sessions, with the server's default page size.
   *
   * @return the page; {@link Page#autoPager()} walks every session
   */
  public Page<Session> list() {
    return raw.list().data();
  }

  /**
   * {@code GET /sessions}: one page of sessions, filtered by status, user and practitioner.
   *
   * @param params filters, page size and offset
   * @return the page; {@link Page#autoPager()} walks every matching session from there on
   */
  public Page<Session> list(SessionListParams params) {
    return raw.list(params).data();
  }

  /**
   * {@code POST /sessions}: creates a therapy session, or an assessment session when {@code
   * assessmentId} is set. The answer is the only one guaranteed to carry the session {@link
   * Session#token() token}: hand it to the participant, do not store or log it.
   *
   * @param params the new session's fields
   * @return the created session
   */
  public Session create(SessionCreateParams params) {
    return executor.executeForData(SessionsRequests.create(params), SessionsRequests.SESSION);
  }

  /**
   * {@code GET /sessions/{id}}.
   *
   * @param sessionId the session's id
   * @return the session, with its user and assessment metadata
   */
  public Session get(String sessionId) {
    return executor.executeForData(SessionsRequests.get(sessionId), SessionsRequests.SESSION);
  }

  /**
   * {@code PUT /sessions/{id}}: changes the fields set in {@code params}.
   *
   * @param sessionId the session's id
   * @param params the fields to change
   * @return the updated session
   */
  public Session update(String sessionId, SessionUpdateParams params) {
    return executor.executeForData(
        SessionsRequests.update(sessionId, params), SessionsRequests.SESSION);
  }

  /**
   * {@code DELETE /sessions/{id}}: permanently deletes the session with its messages, events and
   * scores. This cannot be undone.
   *
   * <p>If an attempt's answer is lost (the connection broke after the request may have arrived) and
   * the retry is answered {@code 404}, the call succeeds: the session is gone, most likely deleted
   * by the lost attempt. A {@code 404} otherwise is a {@link
   * dev.gradiant.sdk.errors.NotFoundException}.
   *
   * @param sessionId the session's id
   */
  public void delete(String sessionId) {
    raw.delete(sessionId);
  }

  /**
   * {@code POST /sessions/{id}/advance-phase} with an empty body, authenticated with the session
   * token: moves a multi-phase session to its next phase.
   *
   * @param sessionId the session's id
   * @param sessionToken the participant's session token ({@link Session#token()})
   * @return whether it moved, and the index of the phase now running
   */
  public AdvancePhaseResult advancePhase(String sessionId, String sessionToken) {
    return raw.advancePhase(sessionId, sessionToken).data();
  }

  /**
   * {@code POST /sessions/{id}/advance-phase}, authenticated with the session token: saves the
   * current phase's deliverable state and starts the next phase's timer.
   *
   * @param sessionId the session's id
   * @param sessionToken the participant's session token ({@link Session#token()})
   * @param params the deliverable state and the time left on the timer
   * @return whether it moved, and the index of the phase now running
   */
  public AdvancePhaseResult advancePhase(
      String sessionId, String sessionToken, AdvancePhaseParams params) {
    return raw.advancePhase(sessionId, sessionToken, params).data();
  }

  /**
   * {@code POST /sessions/{id}/checkpoint}, authenticated with the session token: saves the current
   * phase's deliverable state without advancing. Debounce calls (the documented workspace waits 3 s
   * after the last edit).
   *
   * @param sessionId the session's id
   * @param sessionToken the participant's session token ({@link Session#token()})
   * @param params the deliverable state
   * @return whether it was saved
   */
  public CheckpointResult checkpoint(
      String sessionId, String sessionToken, CheckpointParams params) {
    return raw.checkpoint(sessionId, sessionToken, params).data();
  }

  /**
   * {@code GET /sessions/{id}/events}: the first page of the session's event log, oldest first,
   * with the server's default page size ({@value SessionEventListParams#DEFAULT_LIMIT}).
   *
   * @param sessionId the session's id
   * @return the page; {@link Page#autoPager()} walks every event
   */
  public Page<SessionEvent> listEvents(String sessionId) {
    return raw.listEvents(sessionId).data();
  }

  /**
   * {@code GET /sessions/{id}/events}: one page of the session's event log, oldest first.
   *
   * @param sessionId the session's id
   * @param params type filter, page size and offset
   * @return the page; {@link Page#autoPager()} walks every matching event from there on
   */
  public Page<SessionEvent> listEvents(String sessionId, SessionEventListParams params) {
    return raw.listEvents(sessionId, params).data();
  }

  /** {@link SessionsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /sessions} with no filters and the server's default page size.
     *
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<Session>> list() {
      return list(SessionListParams.builder().build());
    }

    /**
     * {@code GET /sessions}.
     *
     * @param params filters, page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<Session>> list(SessionListParams params) {
      return executor.executeList(SessionsRequests.list(params), SessionsRequests.SESSIONS);
    }

    /**
     * {@code POST /sessions}.
     *
     * @param params the new session's fields
     * @return the created session (with its token) and the response metadata
     */
    public ApiResponse<Session> create(SessionCreateParams params) {
      return executor.execute(SessionsRequests.create(params), SessionsRequests.SESSION);
    }

    /**
     * {@code GET /sessions/{id}}.
     *
     * @param sessionId the session's id
     * @return the session and the response metadata
     */
    public ApiResponse<Session> get(String sessionId) {
      return executor.execute(SessionsRequests.get(sessionId), SessionsRequests.SESSION);
    }

    /**
     * {@code PUT /sessions/{id}}.
     *
     * @param sessionId the session's id
     * @param params the fields to change
     * @return the updated session and the response metadata
     */
    public ApiResponse<Session> update(String sessionId, SessionUpdateParams params) {
      return executor.execute(SessionsRequests.update(sessionId, params), SessionsRequests.SESSION);
    }

    /**
     * {@code DELETE /sessions/{id}}.
     *
     * @param sessionId the session's id
     * @return the response metadata ({@code 204}, no data); {@link
     *     dev.gradiant.sdk.core.ResponseMetadata#inferredFromRetry()} is true when the success was
     *     inferred from a {@code 404} after a lost answer
     */
    public ApiResponse<Void> delete(String sessionId) {
      return executor.executeWithoutContent(SessionsRequests.delete(sessionId));
    }

    /**
     * {@code POST /sessions/{id}/advance-phase} with an empty body ({@code {}}).
     *
     * @param sessionId the session's id
     * @param sessionToken the participant's session token
     * @return the result and the response metadata
     */
    public ApiResponse<AdvancePhaseResult> advancePhase(String sessionId, String sessionToken) {
      return advancePhase(sessionId, sessionToken, AdvancePhaseParams.builder().build());
    }

    /**
     * {@code POST /sessions/{id}/advance-phase}, sent with {@code Authorization: Bearer
     * <sessionToken>} instead of the client's credentials.
     *
     * @param sessionId the session's id
     * @param sessionToken the participant's session token
     * @param params the deliverable state and the time left on the timer
     * @return the result and the response metadata
     */
    public ApiResponse<AdvancePhaseResult> advancePhase(
        String sessionId, String sessionToken, AdvancePhaseParams params) {
      SessionsRequests.WithSessionToken call =
          SessionsRequests.advancePhase(sessionId, sessionToken, params);
      return executor
          .withOptions(call.auth())
          .execute(call.request(), SessionsRequests.ADVANCE_PHASE);
    }

    /**
     * {@code POST /sessions/{id}/checkpoint}, sent with {@code Authorization: Bearer
     * <sessionToken>} instead of the client's credentials.
     *
     * @param sessionId the session's id
     * @param sessionToken the participant's session token
     * @param params the deliverable state
     * @return the result and the response metadata
     */
    public ApiResponse<CheckpointResult> checkpoint(
        String sessionId, String sessionToken, CheckpointParams params) {
      SessionsRequests.WithSessionToken call =
          SessionsRequests.checkpoint(sessionId, sessionToken, params);
      return executor.withOptions(call.auth()).execute(call.request(), SessionsRequests.CHECKPOINT);
    }

    /**
     * {@code GET /sessions/{id}/events} with no filter and the server's default page size.
     *
     * @param sessionId the session's id
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<SessionEvent>> listEvents(String sessionId) {
      return listEvents(sessionId, SessionEventListParams.builder().build());
    }

    /**
     * {@code GET /sessions/{id}/events}.
     *
     * @param sessionId the session's id
     * @param params type filter, page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<SessionEvent>> listEvents(
        String sessionId, SessionEventListParams params) {
      return executor.executeList(
          SessionsRequests.listEvents(sessionId, params), SessionsRequests.EVENTS);
    }
  }
}
