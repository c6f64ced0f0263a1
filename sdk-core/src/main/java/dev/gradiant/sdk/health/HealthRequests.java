package dev.gradiant.sdk.health;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;

/** The request of {@code GET /health}, for {@link HealthClient} and {@link AsyncHealthClient}. */
final class HealthRequests {
  static final ObjectReader HEALTH = Json.envelopeReader(HealthStatus.class);

  private HealthRequests() {}

  static ApiRequest check() {
    return ApiRequest.get("/health").unauthenticated().build();
  }
}
