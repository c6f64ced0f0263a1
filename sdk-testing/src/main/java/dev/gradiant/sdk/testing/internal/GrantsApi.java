package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * {@code /grants}: the grants the caller asked patients for (the caller is the grantee), newest
 * first, and one grant the caller is a party to. A grant whose {@code expiresAt} has passed is
 * answered {@code expired}; any other id is {@code 404 Grant not found or access denied.}
 */
final class GrantsApi {
  static final Set<String> STATUSES = Set.of("pending", "active", "revoked", "expired", "declined");

  private final Store store;

  GrantsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    // First: /grants/outgoing must not be read as the grant with id "outgoing".
    router.add("GET", "/grants/outgoing", Security.API, null, this::listOutgoing);
    router.add("GET", "/grants/{id}", Security.API, null, this::get);
  }

  private Reply listOutgoing(Call call) {
    QueryReader query = new QueryReader(call);
    String status = query.oneOf("status", STATUSES);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    String caller = call.principal().userId();
    List<ObjectNode> grants = new ArrayList<>();
    for (ObjectNode grant : store.grants.values()) {
      ObjectNode current = asOf(grant, call.now());
      if (current.get("granteeId").asText().equals(caller)
          && (status == null || current.get("status").asText().equals(status))) {
        grants.add(current);
      }
    }
    grants.sort(
        Comparator.comparing((ObjectNode g) -> Times.parseDateTime(g.get("createdAt").asText()))
            .reversed());
    return Reply.json(200, call.page(grants, limit, offset));
  }

  private Reply get(Call call) {
    ObjectNode grant = store.grants.get(call.pathParam(0));
    String caller = call.principal().userId();
    if (grant == null
        || !(grant.get("granteeId").asText().equals(caller)
            || grant.get("grantorId").asText().equals(caller))) {
      throw new ApiError(404, "RESOURCE_NOT_FOUND", "Grant not found or access denied.", null);
    }
    return call.ok(asOf(grant, call.now()));
  }

  /** {@return a copy of {@code grant} whose status is {@code expired} once its expiry passed} */
  static ObjectNode asOf(ObjectNode grant, Instant now) {
    ObjectNode copy = grant.deepCopy();
    if (copy.get("status").asText().equals("active")
        && copy.has("expiresAt")
        && !now.isBefore(Times.parseDateTime(copy.get("expiresAt").asText()))) {
      copy.put("status", "expired");
    }
    return copy;
  }
}
