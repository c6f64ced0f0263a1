package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.auth.AuthClient;
import dev.gradiant.sdk.auth.AuthTokens;
import dev.gradiant.sdk.auth.OAuthCodeExchangeParams;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.auth.OAuthToken;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.users.User;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every auth method sends what the spec allows (no credentials where the spec declares {@code
 * security: []}, the RFC 6749 form to {@code /oauth/token}) and reads the spec's own examples,
 * enveloped camelCase and unwrapped snake_case alike.
 */
class AuthContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.auth().stream(), SdkCalls.authWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  /** The calls to operations that declare {@code security: []}: all but {@code GET /auth/me}. */
  static Stream<SdkCall> unauthenticatedCalls() {
    return calls().filter(call -> !call.operationId().equals("getMe"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unauthenticatedCalls")
  void sendsNoCredentialsFromAClientWithAnApiKey(SdkCall call) {
    try (GradiantClient apiKeyClient = server.clientBuilder().apiKey("avk_live_8f2c").build()) {
      ContractAssertions.assertConforms(server, call, apiKeyClient);
    }

    assertNoCredentials(server.onlyExchange());
  }

  @Test
  void sendsNoCredentialsWhenTheCallCarriesSome() {
    AuthClient auth =
        server
            .client()
            .auth()
            .withOptions(
                RequestOptions.builder()
                    .credentials(Credentials.bearerToken("eyJhbGciOi.user-token"))
                    .build());

    auth.login(SdkCalls.LOGIN);
    auth.sendOtp(SdkCalls.OTP_SEND);
    auth.verifyOtp(SdkCalls.OTP_VERIFY);
    auth.refresh(SdkCalls.REFRESH);
    auth.exchangeAuthorizationCode(SdkCalls.CODE_EXCHANGE);
    auth.refreshOAuthToken(SdkCalls.OAUTH_REFRESH_PUBLIC);

    assertThat(server.dispatcher().violations()).isEmpty();
    assertThat(server.dispatcher().exchanges())
        .hasSize(6)
        .allSatisfy(AuthContractTest::assertNoCredentials);
  }

  @Test
  void meSendsTheClientsCredentials() {
    server.client().auth().me();

    assertThat(server.onlyExchange().request().headers().get("Authorization"))
        .isEqualTo("Bearer " + MockApi.TOKEN);
  }

  @Test
  void theTokenEndpointGetsTheRfcFormRatherThanJson() {
    server.client().auth().exchangeAuthorizationCode(SdkCalls.CODE_EXCHANGE);

    ContractRequest sent = server.onlyExchange().request();
    assertThat(sent.headers().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(sent.body().utf8())
        .isEqualTo(
            "grant_type=authorization_code&code=SplxlOBeZQQYbYS6WxSbIA"
                + "&redirect_uri=https%3A%2F%2Fyour-app.com%2Foauth%2Fcallback%3Ffrom%3Dlogin"
                + "&client_id=app_7f3c2a&code_verifier=dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
  }

  @Test
  void aConfidentialClientsRefreshLeavesClientIdOut() {
    server.client().auth().refreshOAuthToken(SdkCalls.OAUTH_REFRESH_CONFIDENTIAL);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().body().utf8())
        .isEqualTo(
            "grant_type=refresh_token&refresh_token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.refresh");
  }

  /**
   * Either the SDK refuses the redirect URI before sending anything, or the spec accepts the form
   * it sends: its own check is never laxer than the contract's {@code format: uri}.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://your-app.com/oauth/callback",
        "http://localhost:8080/callback",
        "http://[::1]:9000/callback",
        "com.example.app:/oauth/callback",
        "com.example.app:/oauth?next=/home",
        "https://xn--exmple-cua.com/oauth/callback",
        "https://exämple.com/oauth/callback",
        "https://your-app.com/oauth/callbäck",
        "https://your-app.com/oauth/callb%C3%A4ck",
        "https://your-app.com/oauth/callback?tenant=[1]",
        "https://your-app.com/oauth/callback?tenant=%5B1%5D",
        "https://your-app.com/oauth/callback#done",
        "http://your-app.com/oauth/callback",
        "/oauth/callback"
      })
  void aRedirectUriTheSdkTakesIsOneTheSpecTakes(String redirectUri) {
    OAuthCodeExchangeParams params;
    try {
      params =
          OAuthCodeExchangeParams.builder()
              .clientId("app_7f3c2a")
              .code("SplxlOBeZQQYbYS6WxSbIA")
              .redirectUri(redirectUri)
              .codeVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
              .build();
    } catch (IllegalArgumentException refusedBeforeSending) {
      assertThat(server.dispatcher().exchanges()).isEmpty();
      return;
    }

    server.client().auth().exchangeAuthorizationCode(params);

    assertThat(server.onlyExchange().violations()).isEmpty();
  }

  @Test
  void tokenExampleIsReadIntoTypedFields() {
    AuthTokens tokens = server.client().auth().login(SdkCalls.LOGIN);

    assertThat(tokens.accessToken()).isEqualTo("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.access");
    assertThat(tokens.refreshToken()).hasValue("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.refresh");
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).isEqualTo(900L);
    assertThat(tokens.expiresAt(Instant.parse("2026-06-30T14:22:00Z")))
        .isEqualTo(Instant.parse("2026-06-30T14:37:00Z"));
  }

  @Test
  void unwrappedSnakeCaseTokenResponseIsReadIntoTypedFields() {
    ApiResponse<OAuthToken> response =
        server.client().auth().withRawResponse().exchangeAuthorizationCode(SdkCalls.CODE_EXCHANGE);
    OAuthToken token = response.data();

    assertThat(token.accessToken()).isEqualTo("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...");
    assertThat(token.refreshToken()).hasValue("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...");
    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).hasValue(3600L);
    assertThat(token.scope()).hasValue("read:profile write:bookings");
    assertThat(token.scopes()).containsExactly(OAuthScope.READ_PROFILE, OAuthScope.WRITE_BOOKINGS);
    assertThat(response.requestId()).contains("req_123");
  }

  @Test
  void meReadsTheDocumentedUser() {
    User user = server.client().auth().me();

    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("user@example.com");
    assertThat(user.firstName()).hasValue("John");
    assertThat(user.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(user.verified()).hasValue(true);
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void sendOtpReadsTheDocumentedNoContentAnswer() {
    ApiResponse<Void> response =
        server.client().auth().withRawResponse().sendOtp(SdkCalls.OTP_SEND);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.data()).isNull();
    assertThat(response.requestId()).contains("req_123");
  }

  private static void assertNoCredentials(Exchange exchange) {
    assertThat(exchange.request().headers().get("Authorization")).as("Authorization").isNull();
    assertThat(exchange.request().headers().get("X-API-Key")).as("X-API-Key").isNull();
  }
}
