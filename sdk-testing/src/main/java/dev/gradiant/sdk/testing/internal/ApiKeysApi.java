package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * {@code /api-keys}: mints {@code avk_} keys that the sandbox then accepts as {@code X-API-Key} (or
 * as a bearer token) within their scopes until they expire or are revoked. The key itself is
 * answered only on creation; lists show its first 8 characters.
 */
final class ApiKeysApi {
  /** The scope that grants every operation, those that list no scope included. */
  static final String ADMIN_PLATFORM = "admin:platform";

  private final Store store;

  ApiKeysApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/api-keys", Security.API, null, this::create);
    router.add("GET", "/api-keys", Security.API, null, this::list);
    router.add("DELETE", "/api-keys/{id}", Security.API, null, this::revoke);
  }

  private Reply create(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("name", "scopes", "expiresAt"));
    String name = body.string("name", true, 1);
    if (name != null && name.codePointCount(0, name.length()) > 100) {
      body.issue("name", "Must be at most 100 characters");
    }
    List<String> scopes = body.strings("scopes", true, 1, true, Spec.API_KEY_SCOPES);
    Instant expiresAt = body.dateTime("expiresAt", false, false);
    if (expiresAt != null && !expiresAt.isAfter(call.now())) {
      body.issue("expiresAt", "Must be in the future");
    }
    body.done();
    String secret = store.ids.apiKey();
    String id = store.ids.next("key");
    ObjectNode key = Json.object();
    key.put("id", id);
    key.put("name", name);
    key.set("scopes", Json.valueOf(scopes));
    key.put("prefix", secret.substring(0, 8));
    if (expiresAt != null) {
      key.put("expiresAt", Times.format(expiresAt));
    }
    key.put("createdAt", Times.format(call.now()));
    store.apiKeys.put(id, key);
    store.tokens.mintedKeys.put(secret, new Tokens.MintedKey(id, Set.copyOf(scopes), expiresAt));
    ObjectNode answer = key.deepCopy();
    answer.put("secret", secret);
    return call.created(answer);
  }

  private Reply list(Call call) {
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    return Reply.json(200, call.page(List.copyOf(store.apiKeys.values()), limit, offset));
  }

  private Reply revoke(Call call) {
    String id = call.pathParam(0);
    if (store.apiKeys.remove(id) == null) {
      throw ApiError.notFound("API key");
    }
    store.tokens.revokeKey(id);
    return Reply.noContent();
  }
}
