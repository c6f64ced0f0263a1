package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.core.RequestOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GradiantClientBuilderTest {
  private final MockApi api = MockApi.start();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void apiKeyIsSentAsXApiKeyHeader() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient client = api.builder().apiKey("avk_a7f3c91e8b2d4").build()) {
      client.users().me();
    }

    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("X-API-Key")).isEqualTo("avk_a7f3c91e8b2d4");
    assertThat(request.getHeaders().get("Authorization")).isNull();
  }

  @Test
  void customCredentialsAreAskedBeforeEveryRequest() {
    AtomicInteger calls = new AtomicInteger();
    api.enqueueJson(200, Payloads.envelope(Payloads.USER))
        .enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient client =
        api.builder()
            .credentials(() -> Map.of("Authorization", "Bearer rotated-" + calls.incrementAndGet()))
            .build()) {
      client.users().me();
      client.users().me();
    }

    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer rotated-1");
    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer rotated-2");
  }

  @Test
  void credentialsThatReturnNoHeadersFailBeforeSending() {
    try (GradiantClient client = api.builder().credentials(Map::of).build()) {
      assertThatThrownBy(() -> client.users().me())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("The credentials provider returned no headers for GET /user");
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void credentialsWithAnUnsendableValueFailWithoutQuotingIt() {
    Map<String, String> broken = Map.of("X-API-Key", "avk_secret\r\nInjected: yes");
    try (GradiantClient client = api.builder().credentials(() -> broken).build()) {
      assertThatThrownBy(() -> client.users().me())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("X-API-Key")
          .hasNoCause()
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("avk_secret"));
      assertThatThrownBy(() -> client.async().users().me().join())
          .hasCauseInstanceOf(IllegalStateException.class)
          .satisfies(e -> assertThat(e.getCause().getMessage()).doesNotContain("avk_secret"));
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void credentialsWinOverACallerHeaderOfTheSameName() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient client = api.builder().apiKey("avk_a7f3c91e8b2d4").build()) {
      client
          .users()
          .withOptions(
              RequestOptions.builder()
                  .header("X-API-Key", "avk_other")
                  .header("X-Trace", "t-1")
                  .build())
          .me();
    }

    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().values("X-API-Key")).containsExactly("avk_a7f3c91e8b2d4");
    assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void environmentTokenIsUsedWhenNothingIsSet() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    Map<String, String> env =
        Map.of("GRADIANT_API_TOKEN", "env-token", "GRADIANT_BASE_URL", api.baseUrl());
    try (GradiantClient client = GradiantClient.builder().environment(env::get).build()) {
      assertThat(client.baseUrl()).isEqualTo(api.baseUrl());
      client.users().me();
    }

    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer env-token");
  }

  @Test
  void environmentApiKeyIsUsedWhenNoTokenIsSet() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    Map<String, String> env =
        Map.of("GRADIANT_API_KEY", "env-key", "GRADIANT_BASE_URL", api.baseUrl());
    try (GradiantClient client = GradiantClient.builder().environment(env::get).build()) {
      client.users().me();
    }

    assertThat(api.takeRequest().getHeaders().get("X-API-Key")).isEqualTo("env-key");
  }

  @Test
  void explicitSettingsWinOverTheEnvironment() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    Map<String, String> env =
        Map.of("GRADIANT_API_TOKEN", "env-token", "GRADIANT_BASE_URL", "https://elsewhere.example");
    try (GradiantClient client =
        GradiantClient.builder()
            .environment(env::get)
            .apiToken("explicit")
            .baseUrl(api.baseUrl())
            .build()) {
      client.users().me();
    }

    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer explicit");
  }

  @Test
  void defaultBaseUrlIsProduction() {
    try (GradiantClient client =
        GradiantClient.builder().environment(name -> null).apiToken("t").build()) {
      assertThat(client.baseUrl()).isEqualTo("https://api.gradiant.dev/v1");
    }
  }

  @Test
  void missingCredentialsFailAtBuildTime() {
    assertThatThrownBy(() -> GradiantClient.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No credentials")
        .hasMessageContaining("GRADIANT_API_TOKEN");
  }

  @Test
  void twoKindsOfCredentialsAreRefused() {
    GradiantClientBuilder builder = GradiantClient.builder().apiToken("t");
    assertThatThrownBy(() -> builder.apiKey("k"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already set with apiToken");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void blankTokenIsRefused(String token) {
    assertThatThrownBy(() -> GradiantClient.builder().apiToken(token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must not be null or blank");
    assertThatThrownBy(() -> GradiantClient.builder().apiKey(token))
        .hasMessage("apiKey must not be null or blank");
  }

  @Test
  void tokenWithANewlineIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> GradiantClient.builder().apiToken("secret\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control character")
        .hasMessageNotContaining("secret");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://api.gradiant.dev/v1",
        "http://10.0.0.5:8080/v1",
        "http://localhost.evil.example/v1",
        "http://127.0.0.1.nip.io/v1"
      })
  void plainHttpToANonLoopbackHostIsRefused(String url) {
    assertThatThrownBy(() -> GradiantClient.builder().apiToken("t").baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("plain http")
        .hasMessageContaining("https");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/v1",
        "http://127.0.0.1:8080/v1",
        "http://127.1.2.3/v1",
        "http://[::1]:8080/v1",
        "https://gradiant.clinic.example/api/v1"
      })
  void httpsAnywhereAndHttpToLoopbackAreAccepted(String url) {
    try (GradiantClient client = GradiantClient.builder().apiToken("t").baseUrl(url).build()) {
      assertThat(client.baseUrl()).isEqualTo(url);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api.gradiant.dev/v1",
        "ftp://api.gradiant.dev/v1",
        "https://user:pass@api.gradiant.dev/v1",
        "https://api.gradiant.dev/v1?x=1",
        " "
      })
  void malformedBaseUrlIsRefused(String url) {
    assertThatThrownBy(() -> GradiantClient.builder().apiToken("t").baseUrl(url).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl")
        .hasMessageNotContaining("pass@");
  }

  @Test
  void trailingSlashOfBaseUrlIsDropped() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient client = api.builder().apiToken("t").baseUrl(api.baseUrl() + "/").build()) {
      client.users().get("user_123");
    }

    assertThat(api.takeRequest().getTarget()).isEqualTo("/v1/users/user_123");
  }

  @Test
  void nonPositiveTimeoutIsRefused() {
    assertThatThrownBy(() -> GradiantClient.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readTimeout must be positive, got PT0S");
    assertThatThrownBy(() -> GradiantClient.builder().callTimeout(Duration.ofSeconds(-1)))
        .hasMessageStartingWith("callTimeout must be positive");
  }

  @Test
  void ownOkHttpClientIsUsedAndLeftOpen() {
    AtomicInteger intercepted = new AtomicInteger();
    OkHttpClient shared =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  intercepted.incrementAndGet();
                  return chain.proceed(chain.request());
                })
            .build();
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));

    try (GradiantClient client =
        api.builder()
            .apiToken("t")
            .httpClient(shared)
            .connectTimeout(Duration.ofSeconds(3))
            .build()) {
      client.users().me();
    }

    assertThat(intercepted).hasValue(1);
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
    shared.dispatcher().executorService().shutdown();
  }

  @Test
  void closingOneClientLeavesTheConnectionsAndThreadsOfAnotherAlone() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER))
        .enqueueJson(200, Payloads.envelope(Payloads.USER))
        .enqueueJson(200, Payloads.envelope(Payloads.USER))
        .enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient kept = api.client()) {
      GradiantClient closed = api.client();
      kept.users().me();
      closed.users().me();
      closed.close();
      kept.users().me();
      kept.async().users().me().join();
    }

    RecordedRequest keptFirst = api.takeRequest();
    RecordedRequest closedFirst = api.takeRequest();
    RecordedRequest keptSecond = api.takeRequest();
    // Each client has its own connection pool: the second call of the kept client reuses its
    // connection, which closing the other client did not evict.
    assertThat(closedFirst.getConnectionIndex()).isNotEqualTo(keptFirst.getConnectionIndex());
    assertThat(keptSecond.getConnectionIndex()).isEqualTo(keptFirst.getConnectionIndex());
    assertThat(keptSecond.getExchangeIndex()).isEqualTo(1);
  }

  @Test
  void callsAfterCloseFailClearly() {
    GradiantClient client = api.client();
    client.close();

    assertThatThrownBy(() -> client.users().me())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void toStringNamesTheBaseUrlButNoSecret() {
    try (GradiantClient client = api.client()) {
      assertThat(client.toString()).contains(api.baseUrl()).doesNotContain(MockApi.TOKEN);
    }
  }

  @Test
  void clientWithoutCredentialsCallsUnauthenticatedEndpointsAndRefusesTheRest() {
    api.enqueueJson(200, Payloads.envelope("{\"status\": \"healthy\"}"))
        .enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient client = api.builder().withoutCredentials().build()) {
      assertThat(client.health().check().isHealthy()).isTrue();
      assertThatThrownBy(() -> client.users().me())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("GET /user needs credentials");
      client
          .users()
          .withOptions(
              RequestOptions.builder()
                  .credentials(dev.gradiant.sdk.core.Credentials.bearerToken("per-call"))
                  .build())
          .me();
    }

    assertThat(api.takeRequest().getHeaders().get("Authorization")).isNull();
    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer per-call");
    assertThat(api.requestCount()).isEqualTo(2);
  }
}
