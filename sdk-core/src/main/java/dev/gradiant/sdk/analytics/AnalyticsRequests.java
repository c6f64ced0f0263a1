package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the {@code /analytics} endpoints and the readers of their answers, built in one
 * place for {@link AnalyticsClient} and {@link AsyncAnalyticsClient}.
 */
final class AnalyticsRequests {
  static final ObjectReader SESSIONS = Json.envelopeReader(SessionAnalytics.class);
  static final ObjectReader USERS = Json.envelopeReader(UserAnalytics.class);

  private AnalyticsRequests() {}

  static ApiRequest sessions(AnalyticsParams params) {
    return request("/analytics/sessions", params);
  }

  static ApiRequest users(AnalyticsParams params) {
    return request("/analytics/users", params);
  }

  private static ApiRequest request(String path, AnalyticsParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.get(path)
        .query("from", params.from())
        .query("to", params.to())
        .query("interval", params.interval().orElse(null))
        .build();
  }
}
