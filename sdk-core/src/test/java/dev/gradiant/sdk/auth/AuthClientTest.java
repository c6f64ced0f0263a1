package dev.gradiant.sdk.auth;

import static dev.gradiant.sdk.Payloads.USER;
import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.users.User;
import java.time.Instant;
import java.time.LocalDate;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code /auth} endpoints against the spec's own examples. */
class AuthClientTest {
  /** The spec's {@code AuthTokens} response example. */
  static final String TOKENS =
      """
      {"data": {"accessToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.access",
                "refreshToken": "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.refresh",
                "tokenType": "Bearer", "expiresIn": 900},
       "meta": {"requestId": "req_123", "timestamp": "2026-06-30T14:22:00Z"}}""";

  /** The spec's {@code Unauthorized} {@code invalidToken} example. */
  static final String INVALID_TOKEN =
      """
      {"error": {"code": "INVALID_TOKEN", "message": "Authentication token invalid or expired"},
       "meta": {"requestId": "req_123", "timestamp": "2024-03-21T10:30:00Z"}}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void loginPostsCredentialsWithoutAuthAndParsesTokens() {
    api.enqueueJson(200, TOKENS);

    AuthTokens tokens =
        client
            .auth()
            .login(
                LoginParams.builder()
                    .email("you@clinic.com")
                    .password("correct-horse-battery-staple")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/auth/login");
    AuthWire.assertUnauthenticatedPost(request);
    Wire.assertJsonBody(
        request, "{\"email\": \"you@clinic.com\", \"password\": \"correct-horse-battery-staple\"}");
    assertDocumentedTokens(tokens);
  }

  @Test
  void sendOtpPostsEmailAndAcceptsNoContent() {
    api.enqueue(new MockResponse.Builder().code(204).addHeader("X-Request-ID", "req_otp").build());

    ApiResponse<Void> response =
        client
            .auth()
            .withRawResponse()
            .sendOtp(OtpSendParams.builder().email("you@clinic.com").build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/auth/otp/send");
    AuthWire.assertUnauthenticatedPost(request);
    Wire.assertJsonBody(request, "{\"email\": \"you@clinic.com\"}");
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.data()).isNull();
    assertThat(response.requestId()).contains("req_otp");
  }

  @Test
  void sendOtpWithoutRawResponseReturnsNormally() {
    api.enqueue(new MockResponse.Builder().code(204).build());

    client.auth().sendOtp(OtpSendParams.builder().email(" you@clinic.com ").build());

    Wire.assertJsonBody(api.takeRequest(), "{\"email\": \"you@clinic.com\"}");
  }

  @Test
  void verifyOtpSendsTheCodeAsAStringAndParsesTokens() {
    api.enqueueJson(200, TOKENS);

    AuthTokens tokens =
        client
            .auth()
            .verifyOtp(OtpVerifyParams.builder().email("you@clinic.com").otp("847291").build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/auth/otp/verify");
    AuthWire.assertUnauthenticatedPost(request);
    Wire.assertJsonBody(request, "{\"email\": \"you@clinic.com\", \"otp\": \"847291\"}");
    assertDocumentedTokens(tokens);
  }

  @Test
  void refreshPostsTheRefreshTokenInCamelCase() {
    api.enqueueJson(200, TOKENS);

    ApiResponse<AuthTokens> response =
        client
            .auth()
            .withRawResponse()
            .refresh(
                RefreshParams.builder()
                    .refreshToken("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.refresh")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/auth/refresh");
    AuthWire.assertUnauthenticatedPost(request);
    Wire.assertJsonBody(
        request, "{\"refreshToken\": \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.refresh\"}");
    assertDocumentedTokens(response.data());
    assertThat(response.requestId()).contains("req_123");
  }

  @Test
  void refreshWithoutRotationLeavesRefreshTokenNull() {
    api.enqueueJson(
        200,
        envelope(
            "{\"accessToken\": \"new.access\", \"tokenType\": \"Bearer\", \"expiresIn\": 900}"));

    AuthTokens tokens =
        client.auth().refresh(RefreshParams.builder().refreshToken("old.refresh").build());

    assertThat(tokens.accessToken()).isEqualTo("new.access");
    assertThat(tokens.refreshToken()).isEmpty();
  }

  @Test
  void unauthenticatedEndpointsSendNoApiKeyEither() {
    try (GradiantClient keyed = api.builder().apiKey("avk_test_key").build()) {
      api.enqueueJson(200, TOKENS);

      keyed.auth().login(LoginParams.builder().email("you@clinic.com").password("pw").build());

      RecordedRequest request = api.takeRequest();
      assertThat(request.getHeaders().get("X-API-Key")).isNull();
      assertThat(request.getHeaders().get("Authorization")).isNull();
    }
  }

  @Test
  void eachLoginGetsItsOwnIdempotencyKey() {
    api.enqueueJson(200, TOKENS).enqueueJson(200, TOKENS);
    LoginParams params = LoginParams.builder().email("you@clinic.com").password("pw").build();

    client.auth().login(params);
    client.auth().login(params);

    String first = Wire.assertIdempotencyKey(api.takeRequest());
    String second = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void meSendsTheClientsCredentialsAndParsesTheUser() {
    api.enqueueJson(200, envelope(USER));

    User user = client.auth().me();

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/auth/me");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(user.id()).isEqualTo("user_123");
    assertThat(user.email()).isEqualTo("user@example.com");
    assertThat(user.firstName()).hasValue("John");
    assertThat(user.dateOfBirth()).hasValue(LocalDate.of(1990, 1, 1));
    assertThat(user.verified()).hasValue(true);
    assertThat(user.createdAt()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
  }

  @Test
  void tokensFromLoginAuthenticateLaterCalls() {
    api.enqueueJson(200, TOKENS).enqueueJson(200, envelope(USER));

    AuthTokens tokens =
        client.auth().login(LoginParams.builder().email("you@clinic.com").password("pw").build());
    client
        .auth()
        .withOptions(RequestOptions.builder().credentials(tokens.toCredentials()).build())
        .me();

    api.takeRequest();
    assertThat(api.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.access");
  }

  @Test
  void rejectedLoginIsAnAuthenticationExceptionWithoutTheSecrets() {
    api.enqueueJson(401, INVALID_TOKEN, "X-Request-ID", "req_401");

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class,
            () ->
                client
                    .auth()
                    .login(
                        LoginParams.builder()
                            .email("you@clinic.com")
                            .password("hunter2-secret")
                            .build()));

    assertThat(e.statusCode()).isEqualTo(401);
    assertThat(e.errorCode()).contains("INVALID_TOKEN");
    assertThat(e.requestId()).contains("req_401");
    assertThat(e.getMessage()).doesNotContain("hunter2-secret", "you@clinic.com");
  }

  @Test
  void expiredTokenOnMeIsAnAuthenticationException() {
    api.enqueueJson(401, INVALID_TOKEN);

    AuthenticationException e =
        catchThrowableOfType(AuthenticationException.class, () -> client.auth().me());

    assertThat(e.serverMessage()).isEqualTo("Authentication token invalid or expired");
    assertThat(e.requestId()).contains("req_123");
  }

  @Test
  void expiresAtAddsTheLifetimeToWhenTheTokensArrived() {
    api.enqueueJson(200, TOKENS);
    AuthTokens tokens =
        client.auth().login(LoginParams.builder().email("you@clinic.com").password("pw").build());

    assertThat(tokens.expiresAt(Instant.parse("2026-06-30T14:22:00Z")))
        .isEqualTo(Instant.parse("2026-06-30T14:37:00Z"));
  }

  private static void assertDocumentedTokens(AuthTokens tokens) {
    assertThat(tokens.accessToken()).isEqualTo("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.access");
    assertThat(tokens.refreshToken()).hasValue("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.refresh");
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).isEqualTo(900L);
  }
}
