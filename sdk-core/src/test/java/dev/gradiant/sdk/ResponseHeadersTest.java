package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.users.User;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Response headers reach the caller as the SDK's own type, every value kept, and printing a
 * response's metadata or an error never shows a session cookie or a credential the server sent.
 */
class ResponseHeadersTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void aResponsesHeadersAreAllKeptAndLookedUpInAnyCase() {
    api.enqueue(
        new MockResponse.Builder()
            .code(200)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-ID", "req_h1")
            .addHeader("Vary", "Accept")
            .addHeader("Vary", "Origin")
            .addHeader("Set-Cookie", "session=abc123")
            .body(Payloads.envelope(Payloads.USER))
            .build());

    ApiResponse<User> response = client.users().withRawResponse().get("user_123");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123");
    assertThat(api.requestCount()).isEqualTo(1);
    ResponseMetadata metadata = response.metadata();
    assertThat(metadata.headers().first("x-request-id")).contains("req_h1");
    assertThat(metadata.headers().all("vary")).containsExactly("Accept", "Origin");
    assertThat(metadata.header("Vary")).contains("Origin");
    assertThat(metadata.headers().first("Set-Cookie")).contains("session=abc123");
    assertThat(metadata.toString())
        .contains("X-Request-ID: req_h1")
        .doesNotContain("session=abc123");
  }

  @Test
  void anErrorsHeadersAreTheSdksTypeAndPrintWithoutCredentials() {
    api.enqueue(
        new MockResponse.Builder()
            .code(404)
            .addHeader("Content-Type", "application/json")
            .addHeader("X-Request-ID", "req_h2")
            .addHeader("X-API-Key", "avk_echoed_secret")
            .addHeader("Set-Cookie", "session=abc123")
            .body("{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"No user\"}}")
            .build());

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().get("user_9"));

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_9");
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(e.headers().first("x-api-key")).contains("avk_echoed_secret");
    assertThat(e.headers().toString()).contains("X-Request-ID: req_h2");
    assertThat(e.metadata().toString())
        .doesNotContain("avk_echoed_secret")
        .doesNotContain("session=abc123");
    assertThat(e.toString()).doesNotContain("avk_echoed_secret");
  }
}
