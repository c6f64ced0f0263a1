package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Health-record shares: the caller's consent for a practitioner to read parts of the caller's
 * health profile until an expiry that must lie after the request's arrival and at most 365 days
 * after it. Revoked and expired shares are no longer listed, and revoking one is a {@code 404}.
 */
final class HealthRecordsApi {
  static final Duration MAX_VALIDITY = Duration.ofDays(365);

  private final Store store;

  HealthRecordsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/health-records/shares", Security.API, "write:health_records", this::share);
    router.add(
        "DELETE",
        "/health-records/shares/{id}",
        Security.API,
        "write:health_records",
        this::revoke);
    router.add(
        "GET", "/users/{id}/health-record-shares", Security.API, "read:health_records", this::list);
  }

  private Reply share(Call call) {
    BodyReader body =
        BodyReader.of(call.jsonObject(), Set.of("practitionerId", "recordTypes", "expiresAt"));
    String practitionerId = body.string("practitionerId", true, 1);
    if (practitionerId != null && !store.practitioners.containsKey(practitionerId)) {
      body.issue("practitionerId", "No practitioner has this id");
    }
    List<String> types = body.strings("recordTypes", true, 1, true, Spec.HEALTH_RECORD_TYPES);
    Instant expiresAt = body.dateTime("expiresAt", true, false);
    if (expiresAt != null && !expiresAt.isAfter(call.now())) {
      body.issue("expiresAt", "Must be in the future");
    } else if (expiresAt != null && expiresAt.isAfter(call.now().plus(MAX_VALIDITY))) {
      body.issue("expiresAt", "Must be at most 365 days ahead");
    }
    body.done();
    ObjectNode share = Json.object();
    share.put("id", store.ids.next("share"));
    share.put("userId", call.principal().userId());
    share.put("practitionerId", practitionerId);
    share.set("recordTypes", Json.valueOf(types));
    share.put("expiresAt", Times.format(expiresAt));
    share.put("createdAt", Times.format(call.now()));
    store.healthRecordShares.put(share.get("id").asText(), share);
    return call.created(share);
  }

  private Reply list(Call call) {
    String userId = call.pathParam(0);
    store.user(userId);
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    List<ObjectNode> active =
        store.healthRecordShares.values().stream()
            .filter(share -> share.get("userId").asText().equals(userId))
            .filter(share -> active(share, call.now()))
            .toList();
    return Reply.json(200, call.page(active, limit, offset));
  }

  private Reply revoke(Call call) {
    ObjectNode share = store.healthRecordShares.get(call.pathParam(0));
    if (share == null
        || !active(share, call.now())
        || !share.get("userId").asText().equals(call.principal().userId())) {
      throw ApiError.notFound("Health record share");
    }
    store.healthRecordShares.remove(call.pathParam(0));
    return Reply.noContent();
  }

  private static boolean active(ObjectNode share, Instant now) {
    return Times.parseDateTime(share.get("expiresAt").asText()).isAfter(now);
  }
}
