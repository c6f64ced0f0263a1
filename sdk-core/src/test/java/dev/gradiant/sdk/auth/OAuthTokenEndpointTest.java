package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.time.Instant;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /oauth/token}: form-encoded RFC 6749 request, unwrapped snake_case answer. */
class OAuthTokenEndpointTest {
  /** The spec's {@code /oauth/token} 200 example: RFC 6749 §5.1, not enveloped. */
  private static final String TOKEN_RESPONSE =
      """
      {"access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...",
       "refresh_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...",
       "token_type": "Bearer", "expires_in": 3600, "scope": "read:profile write:bookings"}""";

  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  /** The spec's {@code OAuthAuthorizationCodeGrant} example. */
  private static OAuthCodeExchangeParams documentedCodeGrant() {
    return OAuthCodeExchangeParams.builder()
        .clientId("YOUR_CLIENT_ID")
        .code("AUTHORIZATION_CODE")
        .redirectUri("https://your-app.com/oauth/callback")
        .codeVerifier(VERIFIER)
        .build();
  }

  @Test
  void codeExchangePostsTheRfcFormWithoutCredentials() {
    api.enqueueJson(200, TOKEN_RESPONSE, "Cache-Control", "no-store", "X-Request-ID", "req_tok");

    ApiResponse<OAuthToken> response =
        client.auth().withRawResponse().exchangeAuthorizationCode(documentedCodeGrant());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/oauth/token");
    AuthWire.assertUnauthenticatedPost(request);
    AuthWire.assertFormBody(
        request,
        "grant_type=authorization_code&code=AUTHORIZATION_CODE"
            + "&redirect_uri=https%3A%2F%2Fyour-app.com%2Foauth%2Fcallback"
            + "&client_id=YOUR_CLIENT_ID&code_verifier="
            + VERIFIER,
        Map.of(
            "grant_type", "authorization_code",
            "code", "AUTHORIZATION_CODE",
            "redirect_uri", "https://your-app.com/oauth/callback",
            "client_id", "YOUR_CLIENT_ID",
            "code_verifier", VERIFIER));
    assertDocumentedToken(response.data());
    assertThat(response.requestId()).contains("req_tok");
    assertThat(response.metadata().header("Cache-Control")).contains("no-store");
  }

  @Test
  void refreshPostsTheRefreshGrantWithClientId() {
    api.enqueueJson(200, TOKEN_RESPONSE);

    OAuthToken token =
        client
            .auth()
            .refreshOAuthToken(
                OAuthRefreshParams.builder()
                    .clientId("YOUR_CLIENT_ID")
                    .refreshToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...")
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/oauth/token");
    AuthWire.assertUnauthenticatedPost(request);
    AuthWire.assertFormBody(
        request,
        "grant_type=refresh_token&refresh_token=eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9..."
            + "&client_id=YOUR_CLIENT_ID",
        Map.of(
            "grant_type", "refresh_token",
            "refresh_token", "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...",
            "client_id", "YOUR_CLIENT_ID"));
    assertDocumentedToken(token);
  }

  @Test
  void refreshOfAConfidentialClientLeavesClientIdOut() {
    api.enqueueJson(200, "{\"access_token\": \"at\", \"token_type\": \"Bearer\"}");

    OAuthToken token =
        client.auth().refreshOAuthToken(OAuthRefreshParams.builder().refreshToken("rt+/=").build());

    AuthWire.assertFormBody(
        api.takeRequest(),
        "grant_type=refresh_token&refresh_token=rt%2B%2F%3D",
        Map.of("grant_type", "refresh_token", "refresh_token", "rt+/="));
    assertThat(token.expiresIn()).isEmpty();
    assertThat(token.refreshToken()).isEmpty();
    assertThat(token.scopes()).isEmpty();
    assertThat(token.expiresAt(Instant.EPOCH)).isEmpty();
  }

  @Test
  void invalidGrantIsABadRequestExceptionCarryingTheRfcError() {
    api.enqueueJson(
        400,
        """
        {"error": "invalid_grant",
         "error_description": "The authorization code has expired or was already used."}""",
        "X-Request-ID",
        "req_400");

    BadRequestException e =
        catchThrowableOfType(
            BadRequestException.class,
            () -> client.auth().exchangeAuthorizationCode(documentedCodeGrant()));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.errorCode()).contains("invalid_grant");
    assertThat(e.serverMessage())
        .isEqualTo("The authorization code has expired or was already used.");
    assertThat(e.requestId()).contains("req_400");
    assertThat(e.getMessage()).doesNotContain("AUTHORIZATION_CODE", VERIFIER);
  }

  @Test
  void invalidClientIsAnAuthenticationException() {
    api.enqueueJson(
        401, "{\"error\": \"invalid_client\", \"error_description\": \"Unknown client_id.\"}");

    AuthenticationException e =
        catchThrowableOfType(
            AuthenticationException.class,
            () ->
                client
                    .auth()
                    .refreshOAuthToken(
                        OAuthRefreshParams.builder().refreshToken("rt").clientId("nope").build()));

    assertThat(e.errorCode()).contains("invalid_client");
    assertThat(e.serverMessage()).isEqualTo("Unknown client_id.");
  }

  @Test
  void aTokenResponseThatIsNotJsonIsMalformed() {
    api.enqueueJson(200, "<html>login</html>");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> client.auth().exchangeAuthorizationCode(documentedCodeGrant()));

    assertThat(e.getMessage()).contains("POST /oauth/token").contains("not valid JSON");
  }

  @Test
  void tokenWorksAsBearerCredentialsAndKnowsItsExpiry() {
    api.enqueueJson(200, TOKEN_RESPONSE);

    OAuthToken token = client.auth().exchangeAuthorizationCode(documentedCodeGrant());

    assertThat(token.toCredentials().authHeaders())
        .containsExactly(Map.entry("Authorization", "Bearer " + token.accessToken()));
    assertThat(token.expiresAt(Instant.parse("2026-01-01T00:00:00Z")))
        .contains(Instant.parse("2026-01-01T01:00:00Z"));
  }

  @Test
  void unknownScopesInTheAnswerAreKept() {
    api.enqueueJson(
        200,
        "{\"access_token\": \"at\", \"token_type\": \"Bearer\", \"scope\": \"read:profile  x:new\"}");

    OAuthToken token = client.auth().exchangeAuthorizationCode(documentedCodeGrant());

    assertThat(token.scopes()).hasSize(2);
    assertThat(token.scopes().get(0)).isSameAs(OAuthScope.READ_PROFILE);
    assertThat(token.scopes().get(1).value()).isEqualTo("x:new");
    assertThat(token.scopes().get(1).isKnown()).isFalse();
  }

  private static void assertDocumentedToken(OAuthToken token) {
    assertThat(token.accessToken()).isEqualTo("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...");
    assertThat(token.refreshToken()).hasValue("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...");
    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).hasValue(3600L);
    assertThat(token.scope()).hasValue("read:profile write:bookings");
    assertThat(token.scopes()).containsExactly(OAuthScope.READ_PROFILE, OAuthScope.WRITE_BOOKINGS);
  }
}
