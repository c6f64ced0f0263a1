package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link SessionsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Lists are {@link AsyncPage}s. {@link
 * #advancePhase} and {@link #checkpoint} are authenticated with the participant's session token, as
 * in {@link SessionsClient}.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncSessionsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncSessionsClient.class, AsyncSessionsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncSessionsClient(RequestExecutor executor) {
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
  public AsyncSessionsClient withOptions(RequestOptions options) {
    return new AsyncSessionsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /sessions}: the first page of sessions, with the server's default page size.
   *
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every session
   */
  public CompletableFuture<AsyncPage<Session>> list() {
    return ResponseFutures.data(raw.list());
  }

  /**
   * {@code GET /sessions}: one page of sessions, filtered by status, user and practitioner.
   *
   * @param params filters, page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<Session>> list(SessionListParams params) {
    return ResponseFutures.data(raw.list(params));
  }

  /**
   * {@code POST /sessions}: creates a therapy or assessment session; the answer carries the session
   * {@link Session#token() token}.
   *
   * @param params the new session's fields
   * @return a future of the created session
   */
  public CompletableFuture<Session> create(SessionCreateParams params) {
    return executor.executeForDataAsync(SessionsRequests.create(params), SessionsRequests.SESSION);
  }

  /**
   * {@code GET /sessions/{id}}.
   *
   * @param sessionId the session's id
   * @return a future of the session
   */
  public CompletableFuture<Session> get(String sessionId) {
    return executor.executeForDataAsync(SessionsRequests.get(sessionId), SessionsRequests.SESSION);
  }

  /**
   * {@code PUT /sessions/{id}}: changes the fields set in {@code params}.
   *
   * @param sessionId the session's id
   * @param params the fields to change
   * @return a future of the updated session
   */
  public CompletableFuture<Session> update(String sessionId, SessionUpdateParams params) {
    return executor.executeForDataAsync(
        SessionsRequests.update(sessionId, params), SessionsRequests.SESSION);
  }

  /**
   * {@code DELETE /sessions/{id}}: permanently deletes the session. This cannot be undone.
   *
   * <p>If an attempt's answer is lost (the connection broke after the request may have arrived) and
   * the retry is answered {@code 404}, the call succeeds: the session is gone, most likely deleted
   * by the lost attempt. A {@code 404} otherwise is a {@link
   * dev.gradiant.sdk.errors.NotFoundException}.
   *
   * @param sessionId the session's id
   * @return a future that completes when the session is deleted
   */
  public CompletableFuture<Void> delete(String sessionId) {
    return ResponseFutures.data(raw.delete(sessionId));
  }

  /**
   * {@code POST /sessions/{id}/advance-phase} with an empty body, authenticated with the session
   * token.
   *
   * @param sessionId the session's id
   * @param sessionToken the participant's session token ({@link Session#token()})
   * @return a future of whether it moved, and the index of the phase now running
   */
  public CompletableFuture<AdvancePhaseResult> advancePhase(String sessionId, String sessionToken) {
    return ResponseFutures.data(raw.advancePhase(sessionId, sessionToken));
  }

  /**
   * {@code POST /sessions/{id}/advance-phase}, authenticated with the session token.
   *
   * @param sessionId the session's id
   * @param sessionToken the participant's session token ({@link Session#token()})
   * @param params the deliverable state and the time left on the timer
   * @return a future of whether it moved, and the index of the phase now running
   */
  public CompletableFuture<AdvancePhaseResult> advancePhase(
      String sessionId, String sessionToken, AdvancePhaseParams params) {
    return ResponseFutures.data(raw.advancePhase(sessionId, sessionToken, params));
  }

  /**
   * {@code POST /sessions/{id}/checkpoint}, authenticated with the session token.
   *
   * @param sessionId the session's id
   * @param sessionToken the participant's session token ({@link Session#token()})
   * @param params the deliverable state
   * @return a future of whether it was saved
   */
  public CompletableFuture<CheckpointResult> checkpoint(
      String sessionId, String sessionToken, CheckpointParams params) {
    return ResponseFutures.data(raw.checkpoint(sessionId, sessionToken, params));
  }

  /**
   * {@code GET /sessions/{id}/events}: the first page of the session's event log, oldest first.
   *
   * @param sessionId the session's id
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<SessionEvent>> listEvents(String sessionId) {
    return ResponseFutures.data(raw.listEvents(sessionId));
  }

  /**
   * {@code GET /sessions/{id}/events}: one page of the session's event log, oldest first.
   *
   * @param sessionId the session's id
   * @param params type filter, page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<SessionEvent>> listEvents(
      String sessionId, SessionEventListParams params) {
    return ResponseFutures.data(raw.listEvents(sessionId, params));
  }

  /** {@link AsyncSessionsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /sessions} with no filters and the server's default page size.
     *
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Session>>> list() {
      return list(SessionListParams.builder().build());
    }

    /**
     * {@code GET /sessions}.
     *
     * @param params filters, page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Session>>> list(SessionListParams params) {
      return executor.executeListAsync(SessionsRequests.list(params), SessionsRequests.SESSIONS);
    }

    /**
     * {@code POST /sessions}.
     *
     * @param params the new session's fields
     * @return a future of the created session (with its token) and the response metadata
     */
    public CompletableFuture<ApiResponse<Session>> create(SessionCreateParams params) {
      return executor.executeAsync(SessionsRequests.create(params), SessionsRequests.SESSION);
    }

    /**
     * {@code GET /sessions/{id}}.
     *
     * @param sessionId the session's id
     * @return a future of the session and the response metadata
     */
    public CompletableFuture<ApiResponse<Session>> get(String sessionId) {
      return executor.executeAsync(SessionsRequests.get(sessionId), SessionsRequests.SESSION);
    }

    /**
     * {@code PUT /sessions/{id}}.
     *
     * @param sessionId the session's id
     * @param params the fields to change
     * @return a future of the updated session and the response metadata
     */
    public CompletableFuture<ApiResponse<Session>> update(
        String sessionId, SessionUpdateParams params) {
      return executor.executeAsync(
          SessionsRequests.update(sessionId, params), SessionsRequests.SESSION);
    }

    /**
     * {@code DELETE /sessions/{id}}.
     *
     * @param sessionId the session's id
     * @return a future of the response metadata ({@code 204}, no data); {@link
     *     dev.gradiant.sdk.core.ResponseMetadata#inferredFromRetry()} is true when the success was
     *     inferred from a {@code 404} after a lost answer
     */
    public CompletableFuture<ApiResponse<Void>> delete(String sessionId) {
      return executor.executeWithoutContentAsync(SessionsRequests.delete(sessionId));
    }

    /**
     * {@code POST /sessions/{id}/advance-phase} with an empty body ({@code {}}).
     *
     * @param sessionId the session's id
     * @param sessionToken the participant's session token
     * @return a future of the result and the response metadata
     */
    public CompletableFuture<ApiResponse<AdvancePhaseResult>> advancePhase(
        String sessionId, String sessionToken) {
      return advancePhase(sessionId, sessionToken, AdvancePhaseParams.builder().build());
    }

    /**
     * {@code POST /sessions/{id}/advance-phase}, sent with {@code Authorization: Bearer
     * <sessionToken>} instead of the client's credentials.
     *
     * @param sessionId the session's id
     * @param sessionToken the participant's session token
     * @param params the deliverable state and the time left on the timer
     * @return a future of the result and the response metadata
     */
    public CompletableFuture<ApiResponse<AdvancePhaseResult>> advancePhase(
        String sessionId, String sessionToken, AdvancePhaseParams params) {
      SessionsRequests.WithSessionToken call =
          SessionsRequests.advancePhase(sessionId, sessionToken, params);
      return executor
          .withOptions(call.auth())
          .executeAsync(call.request(), SessionsRequests.ADVANCE_PHASE);
    }

    /**
     * {@code POST /sessions/{id}/checkpoint}, sent with {@code Authorization: Bearer
     * <sessionToken>} instead of the client's credentials.
     *
     * @param sessionId the session's id
     * @param sessionToken the participant's session token
     * @param params the deliverable state
     * @return a future of the result and the response metadata
     */
    public CompletableFuture<ApiResponse<CheckpointResult>> checkpoint(
        String sessionId, String sessionToken, CheckpointParams params) {
      SessionsRequests.WithSessionToken call =
          SessionsRequests.checkpoint(sessionId, sessionToken, params);
      return executor
          .withOptions(call.auth())
          .executeAsync(call.request(), SessionsRequests.CHECKPOINT);
    }

    /**
     * {@code GET /sessions/{id}/events} with no filter and the server's default page size.
     *
     * @param sessionId the session's id
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<SessionEvent>>> listEvents(String sessionId) {
      return listEvents(sessionId, SessionEventListParams.builder().build());
    }

    /**
     * {@code GET /sessions/{id}/events}.
     *
     * @param sessionId the session's id
     * @param params type filter, page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<SessionEvent>>> listEvents(
        String sessionId, SessionEventListParams params) {
      return executor.executeListAsync(
          SessionsRequests.listEvents(sessionId, params), SessionsRequests.EVENTS);
    }
  }
}
