package dev.gradiant.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GrowableShape;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.health.HealthStatus;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiResponse}, {@link ResponseMetadata} and {@link RateLimit} can gain fields without
 * breaking callers, and an absent request id or retry reason is an empty {@code Optional}, never
 * {@code null}.
 */
class ResponseModelsTest {
  private static final HttpHeaders HEADERS = HttpHeaders.of("X-Request-ID", "req_1");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void responseTypesAreFinalClassesBuiltByTheirBuilders() {
    GrowableShape.assertGrowable(ApiResponse.class);
    GrowableShape.assertGrowable(ResponseMetadata.class);
    GrowableShape.assertGrowable(RateLimit.class);
  }

  @Test
  void buildersRoundTripEveryField() {
    RateLimit rateLimit =
        RateLimit.builder().limit(100).remaining(7).resetAt(Instant.ofEpochSecond(60)).build();
    ResponseMetadata metadata =
        ResponseMetadata.builder()
            .statusCode(404)
            .headers(HEADERS)
            .requestId("req_1")
            .attempts(3)
            .retryReason("connection failed")
            .inferredFromRetry(true)
            .build();
    ApiResponse<String> response =
        ApiResponse.<String>builder().data("x").metadata(metadata).build();

    assertThat(rateLimit.toBuilder().build()).isEqualTo(rateLimit).hasSameHashCodeAs(rateLimit);
    assertThat(metadata.toBuilder().build()).isEqualTo(metadata).hasSameHashCodeAs(metadata);
    assertThat(response.toBuilder().build()).isEqualTo(response).hasSameHashCodeAs(response);
    assertThat(rateLimit.limit()).isEqualTo(100);
    assertThat(rateLimit.remaining()).isEqualTo(7);
    assertThat(rateLimit.resetAt()).isEqualTo(Instant.ofEpochSecond(60));
    assertThat(metadata.statusCode()).isEqualTo(404);
    assertThat(metadata.headers()).isSameAs(HEADERS);
    assertThat(metadata.requestId()).contains("req_1");
    assertThat(metadata.attempts()).isEqualTo(3);
    assertThat(metadata.retryReason()).contains("connection failed");
    assertThat(metadata.inferredFromRetry()).isTrue();
    assertThat(response.data()).isEqualTo("x");
    assertThat(response.requestId()).contains("req_1");
    assertThat(metadata.toBuilder().attempts(4).build()).isNotEqualTo(metadata);
  }

  @Test
  void metadataDefaultsToOneAnsweredAttemptWithoutRequestIdOrRetry() {
    ResponseMetadata metadata = ResponseMetadata.builder().statusCode(200).headers(HEADERS).build();

    assertThat(metadata.attempts()).isEqualTo(1);
    assertThat(metadata.inferredFromRetry()).isFalse();
    assertThat(metadata.requestId()).isEmpty();
    assertThat(metadata.retryReason()).isEmpty();
    assertThat(metadata.header("x-request-id")).contains("req_1");
  }

  @Test
  void requiredFieldsAndNullsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> ResponseMetadata.builder().statusCode(200).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ResponseMetadata.headers is required");
    assertThatThrownBy(() -> ResponseMetadata.builder().headers(HttpHeaders.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ResponseMetadata.statusCode is required");
    assertThatThrownBy(() -> ApiResponse.builder().data("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("ApiResponse.metadata is required");
    assertThatThrownBy(() -> RateLimit.builder().limit(1).remaining(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RateLimit.resetAt is required");
    assertThatThrownBy(() -> ResponseMetadata.builder().requestId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("requestId");
    assertThatThrownBy(() -> ResponseMetadata.builder().attempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attempts");
  }

  @Test
  void responseWithoutRequestIdHasAnEmptyOneAndNoRetryReason() {
    api.enqueueJson(200, "{\"data\": {\"status\": \"healthy\"}, \"meta\": {}}");

    ApiResponse<HealthStatus> response = client.health().withRawResponse().check();

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/health");
    assertThat(response.requestId()).isEmpty();
    assertThat(response.metadata().requestId()).isEmpty();
    assertThat(response.metadata().retryReason()).isEmpty();
    assertThat(response.metadata().attempts()).isEqualTo(1);
  }

  @Test
  void errorWithoutRequestIdHasAnEmptyOne() {
    api.enqueueJson(404, "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"gone\"}}");

    assertThatThrownBy(() -> client.health().check())
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.requestId()).isEmpty();
              assertThat(e.metadata().requestId()).isEmpty();
              assertThat(e.getMessage()).contains("request id: none");
            });
    assertThat(api.requestCount()).isEqualTo(1);
  }
}
