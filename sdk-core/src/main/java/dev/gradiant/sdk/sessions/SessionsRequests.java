package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the {@code /sessions} endpoints and the readers of their answers, built in one
 * place for {@link SessionsClient} and {@link AsyncSessionsClient}. Each checks its arguments.
 */
final class SessionsRequests {
  static final ObjectReader SESSION = Json.envelopeReader(Session.class);
  static final ObjectReader SESSIONS = Json.listEnvelopeReader(Session.class);
  static final ObjectReader ADVANCE_PHASE = Json.envelopeReader(AdvancePhaseResult.class);
  static final ObjectReader CHECKPOINT = Json.envelopeReader(CheckpointResult.class);
  static final ObjectReader EVENTS = Json.listEnvelopeReader(SessionEvent.class);

  /**
   * A request authenticated with the participant's session token instead of the client's
   * credentials.
   *
   * @param request the request
   * @param auth options carrying the session token as credentials
   */
  record WithSessionToken(ApiRequest request, RequestOptions auth) {}

  private SessionsRequests() {}

  static ApiRequest list(SessionListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/sessions")
        .query("status", params.status().orElse(null))
        .query("userId", params.userId().orElse(null))
        .query("practitionerId", params.practitionerId().orElse(null))
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest create(SessionCreateParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.postJson("/sessions", params);
  }

  static ApiRequest get(String sessionId) {
    return ApiRequest.getOne("/sessions/{id}", "sessionId", sessionId);
  }

  static ApiRequest update(String sessionId, SessionUpdateParams params) {
    ApiRequest.Builder request = ApiRequest.put("/sessions/{id}").pathParam("sessionId", sessionId);
    Objects.requireNonNull(params, "params must not be null");
    return request.body(params).build();
  }

  static ApiRequest delete(String sessionId) {
    return ApiRequest.delete("/sessions/{id}")
        .pathParam("sessionId", sessionId)
        .goneAfterLostAnswerIsDone()
        .build();
  }

  static WithSessionToken advancePhase(
      String sessionId, String sessionToken, AdvancePhaseParams params) {
    ApiRequest.Builder request =
        ApiRequest.post("/sessions/{id}/advance-phase").pathParam("sessionId", sessionId);
    RequestOptions auth = SessionToken.options(sessionToken);
    Objects.requireNonNull(params, "params must not be null");
    return new WithSessionToken(request.body(params).build(), auth);
  }

  static WithSessionToken checkpoint(
      String sessionId, String sessionToken, CheckpointParams params) {
    ApiRequest.Builder request =
        ApiRequest.post("/sessions/{id}/checkpoint").pathParam("sessionId", sessionId);
    RequestOptions auth = SessionToken.options(sessionToken);
    Objects.requireNonNull(params, "params must not be null");
    return new WithSessionToken(request.body(params).build(), auth);
  }

  static ApiRequest listEvents(String sessionId, SessionEventListParams params) {
    ApiRequest.Builder request =
        ApiRequest.get("/sessions/{id}/events").pathParam("sessionId", sessionId);
    Objects.requireNonNull(params, "params must not be null");
    return request
        .query("type", params.type().orElse(null))
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }
}
