package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Principal.Kind;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /sessions}: therapy sessions ({@code invited → in_progress → completed}) and assessment
 * sessions ({@code invited → setup → in_progress → submitted → scoring → scored → reviewed}); a
 * session that has not been submitted or ended may be cancelled. Completing one fires {@code
 * session.completed}. Phases ({@code setup}, {@code task}, {@code review}) advance with the
 * session's own token, and the event log records what happened.
 */
final class SessionsApi {
  static final List<String> PHASES = List.of("setup", "task", "review");

  private static final Map<String, Set<String>> THERAPY =
      Map.of(
          "invited", Set.of("in_progress", "cancelled"),
          "in_progress", Set.of("completed", "cancelled"));
  private static final Map<String, Set<String>> ASSESSMENT =
      Map.of(
          "invited", Set.of("setup", "cancelled"),
          "setup", Set.of("in_progress", "cancelled"),
          "in_progress", Set.of("submitted", "cancelled"),
          "submitted", Set.of("scoring"),
          "scoring", Set.of("scored"),
          "scored", Set.of("reviewed"));
  private static final Set<String> OPEN = Set.of("invited", "setup", "in_progress");
  private static final Map<String, String> STARTED_FIELDS =
      Map.of(
          "setup", "setupStartedAt",
          "in_progress", "taskStartedAt",
          "submitted", "submittedAt",
          "completed", "completedAt");

  private final Store store;

  SessionsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("GET", "/sessions", Security.API, null, this::list);
    router.add("POST", "/sessions", Security.API, null, this::create);
    router.add("GET", "/sessions/{id}", Security.API, null, this::get);
    router.add("PUT", "/sessions/{id}", Security.API, null, this::update);
    router.add("DELETE", "/sessions/{id}", Security.API, null, this::delete);
    router.add(
        "POST", "/sessions/{id}/advance-phase", Security.SESSION_TOKEN, null, this::advancePhase);
    router.add("POST", "/sessions/{id}/checkpoint", Security.SESSION_TOKEN, null, this::checkpoint);
    router.add("GET", "/sessions/{id}/events", Security.API, null, this::events);
  }

  private Reply list(Call call) {
    QueryReader query = new QueryReader(call);
    String status = query.oneOf("status", Spec.SESSION_STATUSES);
    String userId = query.text("userId");
    String practitionerId = query.text("practitionerId");
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    List<JsonNode> matching = new ArrayList<>();
    for (ObjectNode session : store.sessions.values()) {
      if ((status == null || session.path("status").asText().equals(status))
          && (userId == null || session.path("userId").asText().equals(userId))
          && (practitionerId == null
              || session.path("practitionerId").asText().equals(practitionerId))) {
        matching.add(session);
      }
    }
    return Reply.json(200, call.page(matching, limit, offset));
  }

  private Reply create(Call call) {
    BodyReader body =
        BodyReader.of(
            call.jsonObject(),
            Set.of("userId", "practitionerId", "assessmentId", "sessionType", "dueDate"));
    String userId = body.string("userId", true, 1);
    String practitionerId = body.string("practitionerId", false, 1);
    String assessmentId = body.string("assessmentId", false, 1);
    String sessionType = body.oneOf("sessionType", false, Spec.SESSION_TYPES);
    Instant dueDate = body.dateTime("dueDate", false, true);
    if (userId != null && !store.users.containsKey(userId)) {
      body.issue("userId", "No user has this id");
    }
    if (practitionerId != null && !store.practitioners.containsKey(practitionerId)) {
      body.issue("practitionerId", "No practitioner has this id");
    }
    body.done();
    ObjectNode user = store.users.get(userId);
    String now = Times.format(call.now());
    String id = store.ids.next("sess");
    ObjectNode session = Json.object();
    session.put("id", id);
    session.put("userId", userId);
    if (practitionerId != null) {
      session.put("practitionerId", practitionerId);
    }
    if (assessmentId != null) {
      session.put("assessmentId", assessmentId);
      session.put("assessmentName", "Sandbox Assessment " + assessmentId);
    }
    session.put("status", "invited");
    if (sessionType != null) {
      session.put("sessionType", sessionType);
    }
    if (dueDate == null) {
      session.putNull("dueDate");
    } else {
      session.put("dueDate", Times.format(dueDate));
    }
    String name =
        (user.path("firstName").asText("") + " " + user.path("lastName").asText("")).trim();
    if (!name.isEmpty()) {
      session.put("userName", name);
    }
    session.put("userEmail", user.get("email").asText());
    session.put("createdAt", now);
    session.put("updatedAt", now);
    store.sessions.put(id, session);
    String token = newToken(store, id, userId);
    ObjectNode answer = session.deepCopy();
    answer.put("token", token);
    return call.created(answer);
  }

  /** Creates a session's participant token and its hidden state. */
  static String newToken(Store store, String sessionId, String userId) {
    String token = store.ids.token("sst_", 24);
    store.sessionStates.put(sessionId, new Store.SessionState(token));
    store.tokens.bearer.put(token, new Principal(Kind.SESSION, userId, null, sessionId, null));
    return token;
  }

  private Reply get(Call call) {
    return call.ok(store.session(call.pathParam(0)));
  }

  private Reply update(Call call) {
    ObjectNode session = store.session(call.pathParam(0));
    BodyReader body =
        BodyReader.of(
            call.jsonObject(), Set.of("practitionerId", "sessionType", "dueDate", "status"));
    body.atLeastOneField();
    String practitionerId = body.string("practitionerId", false, 1);
    String sessionType = body.oneOf("sessionType", false, Spec.SESSION_TYPES);
    Instant dueDate = body.dateTime("dueDate", false, true);
    String status = body.oneOf("status", false, Spec.SESSION_STATUSES);
    if (practitionerId != null && !store.practitioners.containsKey(practitionerId)) {
      body.issue("practitionerId", "No practitioner has this id");
    }
    boolean dueDateSent = body.has("dueDate");
    body.done();
    String current = session.get("status").asText();
    boolean changesStatus = status != null && !status.equals(current);
    if (changesStatus) {
      Map<String, Set<String>> lifecycle = session.has("assessmentId") ? ASSESSMENT : THERAPY;
      if (!lifecycle.getOrDefault(current, Set.of()).contains(status)) {
        throw ApiError.conflict(
            "RESOURCE_CONFLICT",
            "A " + current + " session cannot become " + status,
            Json.object().put("from", current).put("to", status));
      }
    }
    String now = Times.format(call.now());
    if (practitionerId != null) {
      session.put("practitionerId", practitionerId);
    }
    if (sessionType != null) {
      session.put("sessionType", sessionType);
    }
    if (dueDateSent) {
      if (dueDate == null) {
        session.putNull("dueDate");
      } else {
        session.put("dueDate", Times.format(dueDate));
      }
    }
    if (changesStatus) {
      session.put("status", status);
      String field = STARTED_FIELDS.get(status);
      if (field != null) {
        session.put(field, now);
      }
      if (status.equals("submitted")) {
        store.logEvent(
            session.get("id").asText(), "task_submitted", phaseOf(session), null, call.now());
      }
    }
    session.put("updatedAt", now);
    if (changesStatus && status.equals("completed")) {
      store.emit(
          "session.completed",
          Json.object().put("sessionId", session.get("id").asText()).put("completedAt", now),
          call.now());
    }
    return call.ok(session);
  }

  private String phaseOf(ObjectNode session) {
    Store.SessionState state = store.sessionStates.get(session.get("id").asText());
    return PHASES.get(state == null ? 0 : state.phase);
  }

  private Reply delete(Call call) {
    String id = call.pathParam(0);
    store.session(id);
    store.sessions.remove(id);
    store.sessionStates.remove(id);
    store.sessionEvents.remove(id);
    store.tokens.forgetSession(id);
    return Reply.noContent();
  }

  private Reply advancePhase(Call call) {
    ObjectNode session = store.session(call.pathParam(0));
    int timeRemaining = 0;
    if (call.body().length > 0) {
      BodyReader body =
          BodyReader.of(call.jsonObject(), Set.of("deliverableState", "timeRemainingAtEnd"));
      body.object("deliverableState", false);
      Integer remaining = body.integer("timeRemainingAtEnd", false, 0);
      body.done();
      timeRemaining = remaining == null ? 0 : remaining;
    }
    requireOpen(session);
    Store.SessionState state = store.sessionStates.get(session.get("id").asText());
    if (state.phase + 1 >= PHASES.size()) {
      throw ApiError.conflict(
          "RESOURCE_CONFLICT",
          "The session is already in its last phase",
          Json.object().put("phase", PHASES.get(state.phase)));
    }
    int from = state.phase;
    state.phase++;
    store.logEvent(
        session.get("id").asText(),
        "phase_advanced",
        PHASES.get(state.phase),
        Json.object()
            .put("fromPhaseIndex", from)
            .put("newPhaseIndex", state.phase)
            .put("timeRemainingAtEnd", timeRemaining),
        call.now());
    return call.ok(Json.object().put("ok", true).put("newPhaseIndex", state.phase));
  }

  private Reply checkpoint(Call call) {
    ObjectNode session = store.session(call.pathParam(0));
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("deliverableState"));
    body.object("deliverableState", true);
    body.done();
    requireOpen(session);
    return call.ok(Json.object().put("ok", true));
  }

  private static void requireOpen(ObjectNode session) {
    String status = session.get("status").asText();
    if (!OPEN.contains(status)) {
      throw ApiError.conflict(
          "RESOURCE_CONFLICT",
          "A " + status + " session has no running phase",
          Json.object().put("status", status));
    }
  }

  private Reply events(Call call) {
    QueryReader query = new QueryReader(call);
    String type = query.oneOf("type", Spec.SESSION_EVENT_TYPES);
    int limit = query.limit(100);
    int offset = query.offset();
    query.done();
    String id = call.pathParam(0);
    store.session(id);
    List<JsonNode> matching = new ArrayList<>();
    for (ObjectNode event : store.sessionEvents.getOrDefault(id, List.of())) {
      if (type == null || event.get("type").asText().equals(type)) {
        matching.add(event);
      }
    }
    return Reply.json(200, call.page(matching, limit, offset));
  }
}
