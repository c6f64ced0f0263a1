package dev.gradiant.sdk.wearables;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.http.PathParam;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.json.Json;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The request of {@code POST /users/{id}/wearables/samples} and the reader of its answer, and the
 * plan of a whole {@code ingest} call, built in one place for {@link WearablesClient} and {@link
 * AsyncWearablesClient}. Each checks its arguments.
 */
final class WearablesRequests {
  static final String OPERATION = "POST /users/{id}/wearables/samples";
  static final ObjectReader RESULT = Json.envelopeReader(WearableIngestResult.class);

  private WearablesRequests() {}

  /**
   * Checks the arguments, spends the caller's idempotency key if one was given, and cuts the batch
   * into chunks, before anything is sent.
   */
  static IngestPlan plan(RequestExecutor executor, String userId, WearableIngestParams params) {
    PathParam.require("userId", userId);
    Objects.requireNonNull(params, "params must not be null");
    return IngestPlan.of(userId, params, executor.spendIdempotencyKey(OPERATION).orElse(null));
  }

  /** {@return the params of a list of samples, with the largest chunk size} */
  static WearableIngestParams params(List<WearableSample> samples) {
    return WearableIngestParams.builder().samples(samples).build();
  }

  static ApiRequest chunk(String userId, List<WearableSample> samples) {
    return ApiRequest.post("/users/{id}/wearables/samples")
        .pathParam("userId", userId)
        .body(Map.of("samples", samples))
        .build();
  }
}
