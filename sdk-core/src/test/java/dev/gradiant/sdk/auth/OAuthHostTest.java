package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GradiantClientBuilder.authBaseUrl(..)}: the OAuth endpoints on a host of their own
 * (document 004's {@code auth.} host). The token request goes there, carries no API credential, and
 * the API host receives nothing of it.
 */
class OAuthHostTest {
  private static final String TOKEN_RESPONSE =
      """
      {"access_token": "at_1", "refresh_token": "rt_1", "token_type": "Bearer",
       "expires_in": 3600, "scope": "read:profile"}""";

  private final MockApi api = MockApi.start();
  private final MockApi authHost = MockApi.start();

  @AfterEach
  void tearDown() {
    api.close();
    authHost.close();
  }

  private String authRoot() {
    return authHost.server().url("/").toString();
  }

  private static OAuthCodeExchangeParams codeGrant() {
    return OAuthCodeExchangeParams.builder()
        .clientId("YOUR_CLIENT_ID")
        .code("AUTHORIZATION_CODE")
        .redirectUri("https://your-app.com/oauth/callback")
        .codeVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
        .build();
  }

  @Test
  void theCodeExchangeGoesToTheAuthHostWithoutTheApiToken() {
    authHost.enqueueJson(200, TOKEN_RESPONSE);
    try (GradiantClient client =
        api.builder().apiToken(MockApi.TOKEN).authBaseUrl(authRoot()).build()) {
      OAuthToken token = client.auth().exchangeAuthorizationCode(codeGrant());

      assertThat(token.accessToken()).isEqualTo("at_1");
    }
    RecordedRequest request = authHost.takeRequest();
    Wire.assertRequestLine(request, "POST", "/oauth/token");
    AuthWire.assertUnauthenticatedPost(request);
    assertThat(authHost.requestCount()).isEqualTo(1);
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theRefreshGrantGoesToTheAuthHostWithoutTheApiKeyOnBothFaces() throws Exception {
    authHost.enqueueJson(200, TOKEN_RESPONSE).enqueueJson(200, TOKEN_RESPONSE);
    try (GradiantClient client =
        api.builder().apiKey("avk_secret_key").authBaseUrl(authRoot() + "tenant/").build()) {
      OAuthRefreshParams refresh = OAuthRefreshParams.builder().refreshToken("rt_0").build();
      client.auth().refreshOAuthToken(refresh);
      client.async().auth().refreshOAuthToken(refresh).get(5, TimeUnit.SECONDS);
    }
    for (int i = 0; i < 2; i++) {
      RecordedRequest request = authHost.takeRequest();
      Wire.assertRequestLine(request, "POST", "/tenant/oauth/token");
      AuthWire.assertUnauthenticatedPost(request);
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void observersSeeTheAuthHostAsTheServerOfTokenCalls() {
    authHost.enqueueJson(200, TOKEN_RESPONSE);
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    List<String> servers = new CopyOnWriteArrayList<>();
    CallObserver observer =
        new CallObserver() {
          @Override
          public void onCallStart(CallStart event) {
            servers.add(
                event.call().operation().operationId()
                    + " "
                    + event.call().serverAddress()
                    + ":"
                    + event.call().serverPort());
          }
        };
    try (GradiantClient client =
        api.builder()
            .apiToken(MockApi.TOKEN)
            .authBaseUrl(authRoot())
            .addObserver(observer)
            .build()) {
      client.auth().exchangeAuthorizationCode(codeGrant());
      client.auth().me();
    }

    HttpUrl auth = authHost.server().url("/");
    HttpUrl apiRoot = HttpUrl.get(api.baseUrl());
    assertThat(auth.port()).isNotEqualTo(apiRoot.port());
    assertThat(servers)
        .containsExactly(
            "exchangeOAuthToken " + auth.host() + ":" + auth.port(),
            "getMe " + apiRoot.host() + ":" + apiRoot.port());
  }

  @Test
  void apiCallsStillGoToTheApiHostWithCredentials() {
    api.enqueueJson(200, Payloads.envelope(Payloads.USER));
    try (GradiantClient client =
        api.builder().apiToken(MockApi.TOKEN).authBaseUrl(authRoot()).build()) {
      client.auth().me();
    }
    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/auth/me");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
    assertThat(authHost.requestCount()).isZero();
  }

  @Test
  void theAuthorizeUrlIsBuiltOnTheAuthHost() {
    try (GradiantClient client =
            api.builder().withoutCredentials().authBaseUrl("https://auth.gradiant.dev").build();
        GradiantClient defaults = api.builder().withoutCredentials().build()) {
      AuthorizationParams params =
          AuthorizationParams.builder()
              .clientId("YOUR_CLIENT_ID")
              .redirectUri("https://your-app.com/oauth/callback")
              .build();

      HttpUrl onAuthHost = HttpUrl.get(client.auth().authorizationRequest(params).url());
      HttpUrl onApiHost = HttpUrl.get(defaults.async().auth().authorizationRequest(params).url());

      assertThat(onAuthHost.host()).isEqualTo("auth.gradiant.dev");
      assertThat(onAuthHost.pathSegments()).isEqualTo(List.of("oauth", "authorize"));
      assertThat(onApiHost.toString()).startsWith(api.baseUrl() + "/oauth/authorize?");
    }
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theAuthBaseUrlFollowsTheBaseUrlRule() {
    assertThatCode(
            () -> GradiantClient.builder().apiToken("t").authBaseUrl("http://auth.gradiant.dev"))
        .as("checked at build(), like baseUrl")
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                GradiantClient.builder()
                    .apiToken("t")
                    .authBaseUrl("http://auth.gradiant.dev")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("authBaseUrl uses plain http to auth.gradiant.dev");
    assertThatThrownBy(
            () ->
                GradiantClient.builder()
                    .apiToken("t")
                    .authBaseUrl("https://auth.gradiant.dev/?tenant=1")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("authBaseUrl must not have a query");
    assertThatThrownBy(() -> GradiantClient.builder().authBaseUrl(null))
        .isInstanceOf(NullPointerException.class);
  }
}
