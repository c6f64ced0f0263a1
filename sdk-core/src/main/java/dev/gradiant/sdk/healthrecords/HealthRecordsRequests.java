package dev.gradiant.sdk.healthrecords;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.time.Clock;
import java.util.Objects;

/**
 * The requests of the health-record sharing endpoints and the readers of their answers, built in
 * one place for {@link HealthRecordsClient} and {@link AsyncHealthRecordsClient}. Each checks its
 * arguments; a share's expiry is checked against the client's clock.
 */
final class HealthRecordsRequests {
  static final ObjectReader SHARE = Json.envelopeReader(HealthRecordShare.class);
  static final ObjectReader SHARES = Json.listEnvelopeReader(HealthRecordShare.class);

  private HealthRecordsRequests() {}

  static ApiRequest share(HealthRecordShareCreateParams params, Clock clock) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.post("/health-records/shares")
        .body(params.resolvedAt(clock.instant()))
        .build();
  }

  static ApiRequest list(String userId, HealthRecordShareListParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get("/users/{id}/health-record-shares")
        .pathParam("userId", userId)
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }

  static ApiRequest revoke(String shareId) {
    return ApiRequest.delete("/health-records/shares/{id}")
        .pathParam("shareId", shareId)
        .goneAfterLostAnswerIsDone()
        .build();
  }
}
