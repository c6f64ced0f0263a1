package dev.gradiant.sdk.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.time.Instant;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthClientTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void checkSendsUnauthenticatedGetAndParsesDocumentedPayload() {
    api.enqueueJson(
        200,
        Payloads.envelope(
            "{\"status\": \"healthy\", \"version\": \"1.0.0\", \"timestamp\": \"2026-06-30T14:22:00Z\"}"));

    HealthStatus health = client.health().check();

    assertThat(health.status()).isEqualTo("healthy");
    assertThat(health.isHealthy()).isTrue();
    assertThat(health.version()).hasValue("1.0.0");
    assertThat(health.timestamp()).hasValue(Instant.parse("2026-06-30T14:22:00Z"));
    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/health");
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("X-API-Key")).isNull();
    assertThat(request.getHeaders().get("User-Agent")).startsWith("gradiant-java/");
    Wire.assertNoBody(request);
  }

  @Test
  void rawResponseExposesRequestIdAndRateLimit() {
    api.enqueueJson(
        200,
        Payloads.envelope("{\"status\": \"degraded\", \"version\": \"1.0.1\"}"),
        "X-RateLimit-Limit",
        "100",
        "X-RateLimit-Remaining",
        "87",
        "X-RateLimit-Reset",
        "1751285520");

    ApiResponse<HealthStatus> response = client.health().withRawResponse().check();

    assertThat(response.data().isHealthy()).isFalse();
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.requestId()).contains("req_123");
    assertThat(response.rateLimit())
        .contains(
            RateLimit.builder()
                .limit(100)
                .remaining(87)
                .resetAt(Instant.ofEpochSecond(1751285520))
                .build());
  }

  @Test
  void aStatusWithoutTheRequiredFieldIsMalformedAndNamesIt() {
    api.enqueueJson(200, Payloads.envelope("{\"version\": \"1.0.0\"}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.health().check());

    assertThat(e.serverMessage())
        .endsWith("the required field data.status is missing (HealthStatus.status)");
  }

  @Test
  void absentOrNullOptionalFieldsAreEmpty() {
    api.enqueueJson(200, Payloads.envelope("{\"status\": \"healthy\", \"version\": null}"));

    HealthStatus health = client.health().check();

    assertThat(health.version()).isEmpty();
    assertThat(health.timestamp()).isEmpty();
  }

  @Test
  void requestIdHeaderWinsOverBodyMeta() {
    api.enqueueJson(
        200, Payloads.envelope("{\"status\": \"healthy\"}"), "X-Request-ID", "req_from_header");

    ApiResponse<HealthStatus> response = client.health().withRawResponse().check();

    assertThat(response.requestId()).contains("req_from_header");
    assertThat(response.rateLimit()).isEmpty();
  }
}
