package dev.gradiant.sdk.apikeys;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.time.Clock;
import java.util.Objects;

/**
 * The requests of the {@code /api-keys} endpoints and the readers of their answers, built in one
 * place for {@link ApiKeysClient} and {@link AsyncApiKeysClient}. Each checks its arguments; an
 * expiry is checked against the client's clock.
 */
final class ApiKeysRequests {
  static final ObjectReader CREATED = Json.envelopeReader(CreatedApiKey.class);
  static final ObjectReader KEYS = Json.listEnvelopeReader(ApiKeyInfo.class);

  private ApiKeysRequests() {}

  static ApiRequest create(ApiKeyCreateParams params, Clock clock) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/api-keys").body(params.checkedAt(clock.instant())).build();
  }

  static ApiRequest list(ApiKeyListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/api-keys")
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest revoke(String apiKeyId) {
    return ApiRequest.delete("/api-keys/{id}")
        .pathParam("apiKeyId", apiKeyId)
        .goneAfterLostAnswerIsDone()
        .build();
  }
}
