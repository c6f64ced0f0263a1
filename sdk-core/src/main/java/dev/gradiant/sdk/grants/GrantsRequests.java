package dev.gradiant.sdk.grants;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the {@code /grants} endpoints and the readers of their answers, built in one
 * place for {@link GrantsClient} and {@link AsyncGrantsClient}. Each checks its arguments.
 */
final class GrantsRequests {
  static final ObjectReader GRANT = Json.envelopeReader(Grant.class);
  static final ObjectReader GRANTS = Json.listEnvelopeReader(Grant.class);

  private GrantsRequests() {}

  static ApiRequest listOutgoing(GrantListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/grants/outgoing")
        .query("status", params.status().orElse(null))
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  /**
   * @throws IllegalArgumentException if {@code grantId} is {@code outgoing}, which would address
   *     the list {@code GET /grants/outgoing} instead of a grant
   */
  static ApiRequest get(String grantId) {
    ApiRequest.Builder request = ApiRequest.get("/grants/{id}").pathParam("grantId", grantId);
    if (grantId.strip().equals("outgoing")) {
      throw new IllegalArgumentException(
          "grantId must not be 'outgoing': GET /grants/outgoing is the list of grants, not a"
              + " grant");
    }
    return request.build();
  }
}
