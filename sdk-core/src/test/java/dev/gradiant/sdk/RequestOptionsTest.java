package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UsersClient;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void extraHeadersAndQueryParamsAreSent() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));

    client
        .users()
        .withOptions(
            RequestOptions.builder()
                .header("X-Request-ID", "trace-42")
                .queryParam("expand", "preferences")
                .build())
        .get("user_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/users/user_123?expand=preferences");
    assertThat(request.getHeaders().get("X-Request-ID")).isEqualTo("trace-42");
    Wire.assertStandardHeaders(request);
  }

  @Test
  void callersIdempotencyKeyReplacesTheGeneratedOne() {
    api.enqueueJson(201, Payloads.envelope(Payloads.USER));

    client
        .users()
        .withOptions(RequestOptions.builder().idempotencyKey("signup-form-7f3a").build())
        .create(UserCreateParams.builder().email("user@example.com").build());

    assertThat(api.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("signup-form-7f3a");
  }

  @Test
  void credentialsOverrideReplacesTheClientsForThatViewOnly() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER))
        .enqueueJson(200, Payloads.envelope(Payloads.USER));
    UsersClient asCandidate =
        client
            .users()
            .withOptions(
                RequestOptions.builder()
                    .credentials(Credentials.bearerToken("session-abc"))
                    .build());

    asCandidate.me();
    client.users().me();

    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer session-abc");
    assertThat(api.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + MockApi.TOKEN);
  }

  @Test
  void timeoutBoundsTheCall() {
    api.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(Payloads.envelope(Payloads.USER))
            .headersDelay(5, TimeUnit.SECONDS)
            .build());

    assertThatThrownBy(
            () ->
                client
                    .users()
                    .withOptions(RequestOptions.builder().timeout(Duration.ofMillis(200)).build())
                    .me())
        .isInstanceOf(ApiTimeoutException.class)
        .hasMessageStartingWith("GET /user timed out");
  }

  @Test
  void callTimeoutBoundsEachAttempt() {
    api.enqueue(
        new MockResponse.Builder()
            .code(200)
            .body(Payloads.envelope(Payloads.USER))
            .headersDelay(5, TimeUnit.SECONDS)
            .build());

    try (GradiantClient slowServerClient =
        api.builder().apiToken("t").callTimeout(Duration.ofMillis(200)).build()) {
      assertThatThrownBy(() -> slowServerClient.users().me())
          .isInstanceOf(ApiTimeoutException.class)
          .hasMessageStartingWith("GET /user timed out");
    }
  }

  @Test
  void laterOptionsWinAndMapsMerge() {
    RequestOptions base =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(5))
            .header("A", "1")
            .maxRetries(3)
            .build();
    RequestOptions merged =
        base.merge(
            RequestOptions.builder().timeout(Duration.ofSeconds(1)).header("B", "2").build());

    assertThat(merged.timeout()).contains(Duration.ofSeconds(1));
    assertThat(merged.maxRetries()).hasValue(3);
    assertThat(merged.headers()).containsExactly(entry("A", "1"), entry("B", "2"));
    assertThat(RequestOptions.none().merge(RequestOptions.none()).headers()).isEmpty();
  }

  @Test
  void invalidOptionsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .hasMessage("timeout must be positive, got PT0S");
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1))
        .hasMessage("maxRetries must not be negative, got -1");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("has space"))
        .hasMessage("idempotencyKey must be 1 to 255 visible ASCII characters");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
        .hasMessage("idempotencyKey must be 1 to 255 visible ASCII characters");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", null))
        .hasMessage("value of header X-A must not be null");
  }

  @Test
  void queryParamRejectsThePagersLimitAndOffsetNamingThem() {
    for (String name : new String[] {"limit", "offset", "Limit", "OFFSET"}) {
      assertThatThrownBy(() -> RequestOptions.builder().queryParam(name, "1000"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + name + "'")
          .hasMessageContaining("params builder");
    }
    assertThat(RequestOptions.builder().queryParam("limits", "1").build().queryParams())
        .containsKey("limits");
  }

  @Test
  void anIdempotencyKeyCannotBeSmuggledInAsAnExtraHeader() {
    for (String name : new String[] {"Idempotency-Key", "idempotency-key"}) {
      assertThatThrownBy(() -> RequestOptions.builder().header(name, "reused-on-every-post"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + name + "'")
          .hasMessageContaining("idempotencyKey(..)")
          .hasMessageNotContaining("reused-on-every-post");
    }
  }

  @Test
  void toStringShowsNoHeaderValuesOrSecrets() {
    String text =
        RequestOptions.builder()
            .header("Authorization", "Bearer leaked?")
            .credentials(Credentials.apiKey("avk_secret"))
            .idempotencyKey("key-123")
            .build()
            .toString();

    assertThat(text).contains("Authorization").doesNotContain("leaked", "avk_secret", "key-123");
  }

  private static java.util.Map.Entry<String, String> entry(String key, String value) {
    return java.util.Map.entry(key, value);
  }
}
