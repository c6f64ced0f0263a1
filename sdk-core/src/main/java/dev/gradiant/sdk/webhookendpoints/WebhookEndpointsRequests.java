package dev.gradiant.sdk.webhookendpoints;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the {@code /webhooks} endpoints and the readers of their answers, built in one
 * place for {@link WebhookEndpointsClient} and {@link AsyncWebhookEndpointsClient}. Each checks its
 * arguments.
 */
final class WebhookEndpointsRequests {
  static final ObjectReader ENDPOINT = Json.envelopeReader(WebhookEndpoint.class);
  static final ObjectReader ENDPOINTS = Json.listEnvelopeReader(WebhookEndpoint.class);

  private WebhookEndpointsRequests() {}

  static ApiRequest create(WebhookEndpointCreateParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.postJson("/webhooks", params);
  }

  static ApiRequest list(WebhookEndpointListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/webhooks")
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest delete(String webhookEndpointId) {
    return ApiRequest.delete("/webhooks/{id}")
        .pathParam("webhookEndpointId", webhookEndpointId)
        .goneAfterLostAnswerIsDone()
        .build();
  }
}
