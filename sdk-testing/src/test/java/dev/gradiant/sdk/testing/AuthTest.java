package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.auth.AuthTokens;
import dev.gradiant.sdk.auth.AuthorizationParams;
import dev.gradiant.sdk.auth.AuthorizationRequest;
import dev.gradiant.sdk.auth.LoginParams;
import dev.gradiant.sdk.auth.OAuthCodeExchangeParams;
import dev.gradiant.sdk.auth.OAuthRefreshParams;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.auth.OAuthToken;
import dev.gradiant.sdk.auth.OtpSendParams;
import dev.gradiant.sdk.auth.OtpVerifyParams;
import dev.gradiant.sdk.auth.RefreshParams;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import dev.gradiant.sdk.users.UserCreateParams;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuthTest {
  private static final String REDIRECT = "https://your-app.example/oauth/callback";

  private final MutableClock clock = new MutableClock(java.time.Instant.now());
  private final GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
  private final GradiantClient signIn = TestSupport.builder(sandbox).withoutCredentials().build();

  @AfterEach
  void close() {
    signIn.close();
    sandbox.close();
  }

  private GradiantClient as(String token) {
    return TestSupport.builder(sandbox).apiToken(token).build();
  }

  @Test
  void missingOrWrongCredentialsAre401() {
    HttpResponse<String> missing =
        TestSupport.send(sandbox, "GET", "/users", null, "Authorization", "");
    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(TestSupport.json(missing).at("/error/code").asText())
        .isEqualTo("AUTHENTICATION_REQUIRED");
    assertThat(missing.headers().firstValue("WWW-Authenticate")).isPresent();

    try (GradiantClient wrong = as("not-the-token")) {
      assertThatThrownBy(() -> wrong.users().me())
          .isInstanceOfSatisfying(
              AuthenticationException.class,
              e -> assertThat(e.errorCode()).contains("INVALID_TOKEN"));
    }
    try (GradiantClient wrongKey = TestSupport.builder(sandbox).apiKey("avk_wrong").build()) {
      assertThatThrownBy(() -> wrongKey.users().me()).isInstanceOf(AuthenticationException.class);
    }
    HttpResponse<String> basic =
        TestSupport.send(sandbox, "GET", "/users", null, "Authorization", "Basic dXNlcjpwYXNz");
    assertThat(basic.statusCode()).isEqualTo(401);
  }

  @Test
  void theApiKeyWorksInEitherHeader() {
    try (GradiantClient keyed = TestSupport.builder(sandbox).apiKey(sandbox.apiKey()).build();
        GradiantClient bearerKey = as(sandbox.apiKey())) {
      assertThat(keyed.users().me().id()).isEqualTo(sandbox.demoUserId());
      assertThat(bearerKey.users().me().id()).isEqualTo(sandbox.demoUserId());
    }
  }

  @Test
  void healthAndSignInNeedNoCredentials() {
    assertThat(signIn.health().check().status()).isEqualTo("healthy");
    assertThatThrownBy(
            () ->
                signIn
                    .auth()
                    .login(
                        LoginParams.builder()
                            .email(sandbox.demoUserEmail())
                            .password("wrong")
                            .build()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.errorCode()).contains("INVALID_CREDENTIALS"));
  }

  @Test
  void loginTokensActAsTheUserExpireAndRotate() {
    AuthTokens tokens =
        signIn
            .auth()
            .login(
                LoginParams.builder()
                    .email(sandbox.demoUserEmail())
                    .password(sandbox.demoPassword())
                    .build());
    assertThat(tokens.tokenType()).isEqualTo("Bearer");
    assertThat(tokens.expiresIn()).isEqualTo(900);

    try (GradiantClient user = as(tokens.accessToken())) {
      assertThat(user.auth().me().id()).isEqualTo(sandbox.demoUserId());
      clock.advance(Duration.ofMinutes(16));
      assertThatThrownBy(() -> user.auth().me()).isInstanceOf(AuthenticationException.class);
    }

    AuthTokens renewed =
        signIn
            .auth()
            .refresh(
                RefreshParams.builder().refreshToken(tokens.refreshToken().orElseThrow()).build());
    assertThat(renewed.refreshToken()).isNotEqualTo(tokens.refreshToken());
    try (GradiantClient user = as(renewed.accessToken())) {
      assertThat(user.users().me().id()).isEqualTo(sandbox.demoUserId());
    }
    assertThatThrownBy(
            () ->
                signIn
                    .auth()
                    .refresh(
                        RefreshParams.builder()
                            .refreshToken(tokens.refreshToken().orElseThrow())
                            .build()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void oneTimePasswordsWorkOnceAfterBeingSentAndVerifyTheUser() {
    String created;
    try (GradiantClient admin = TestSupport.client(sandbox)) {
      created =
          admin.users().create(UserCreateParams.builder().email("otp@clinic.example").build()).id();
    }
    OtpVerifyParams verify =
        OtpVerifyParams.builder().email("otp@clinic.example").otp(sandbox.demoOtp()).build();
    assertThatThrownBy(() -> signIn.auth().verifyOtp(verify))
        .isInstanceOf(AuthenticationException.class);

    signIn.auth().sendOtp(OtpSendParams.builder().email("otp@clinic.example").build());
    signIn.auth().sendOtp(OtpSendParams.builder().email("nobody@clinic.example").build());
    AuthTokens tokens = signIn.auth().verifyOtp(verify);

    try (GradiantClient user = as(tokens.accessToken())) {
      assertThat(user.auth().me().id()).isEqualTo(created);
      assertThat(user.auth().me().verified()).hasValue(true);
    }
    assertThatThrownBy(() -> signIn.auth().verifyOtp(verify))
        .isInstanceOf(AuthenticationException.class);
  }

  private String authorize(AuthorizationRequest request) {
    HttpResponse<String> redirect = get(request.url());
    assertThat(redirect.statusCode()).isEqualTo(302);
    URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
    assertThat(location.toString()).startsWith(REDIRECT + "?");
    Map<String, List<String>> query =
        dev.gradiant.sdk.testing.internal.Call.parseQuery(location.getRawQuery());
    assertThat(request.stateMatches(query.get("state").get(0))).isTrue();
    return query.get("code").get(0);
  }

  private static HttpResponse<String> get(String url) {
    try {
      return TestSupport.RAW.send(
          java.net.http.HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void oauthAuthorizationCodeWithPkceGrantsScopedTokens() {
    AuthorizationRequest request =
        signIn
            .auth()
            .authorizationRequest(
                AuthorizationParams.builder()
                    .clientId(sandbox.oauthClientId())
                    .redirectUri(REDIRECT)
                    .scopes(OAuthScope.READ_PROFILE, OAuthScope.READ_BOOKINGS)
                    .build());
    String code = authorize(request);
    OAuthCodeExchangeParams exchange =
        OAuthCodeExchangeParams.builder()
            .clientId(sandbox.oauthClientId())
            .code(code)
            .redirectUri(REDIRECT)
            .codeVerifier(request.codeVerifier())
            .build();

    OAuthToken token = signIn.auth().exchangeAuthorizationCode(exchange);

    assertThat(token.tokenType()).isEqualTo("Bearer");
    assertThat(token.expiresIn()).hasValue(3600L);
    assertThat(token.scope()).hasValue("read:bookings read:profile");
    try (GradiantClient user = as(token.accessToken())) {
      assertThat(user.users().me().id()).isEqualTo(sandbox.demoUserId());
      assertThat(user.users().listBookings(sandbox.demoUserId()).total()).contains(0L);
      assertThatThrownBy(() -> user.users().getHealthProfile(sandbox.demoUserId()))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class,
              e ->
                  assertThat(e.details().orElseThrow())
                      .asInstanceOf(MAP)
                      .containsEntry("requiredScope", "read:health_records"));
      assertThatThrownBy(() -> user.sessions().list())
          .isInstanceOf(PermissionDeniedException.class);
    }
    assertThatThrownBy(() -> signIn.auth().exchangeAuthorizationCode(exchange))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(400);
              assertThat(e.errorCode()).contains("invalid_grant");
            });

    OAuthToken refreshed =
        signIn
            .auth()
            .refreshOAuthToken(
                OAuthRefreshParams.builder()
                    .refreshToken(token.refreshToken().orElseThrow())
                    .clientId(sandbox.oauthClientId())
                    .build());
    assertThat(refreshed.accessToken()).isNotEqualTo(token.accessToken());
    assertThat(refreshed.scope()).isEqualTo(token.scope());
  }

  @Test
  void oauthCodeExchangeChecksTheVerifierClientAndRedirect() {
    AuthorizationRequest request =
        signIn
            .auth()
            .authorizationRequest(
                AuthorizationParams.builder()
                    .clientId(sandbox.oauthClientId())
                    .redirectUri(REDIRECT)
                    .build());
    String code = authorize(request);
    OAuthCodeExchangeParams.Builder exchange =
        OAuthCodeExchangeParams.builder()
            .clientId(sandbox.oauthClientId())
            .code(code)
            .redirectUri(REDIRECT)
            .codeVerifier("x".repeat(43));

    assertThatThrownBy(() -> signIn.auth().exchangeAuthorizationCode(exchange.build()))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.errorCode()).contains("invalid_grant"));
    assertThatThrownBy(
            () ->
                signIn
                    .auth()
                    .exchangeAuthorizationCode(
                        exchange
                            .clientId("someone-else")
                            .codeVerifier(request.codeVerifier())
                            .build()))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> assertThat(e.errorCode()).contains("invalid_client"));
  }

  @Test
  void tokenEndpointSpeaksRfc6749() {
    HttpResponse<String> password = form("grant_type=password&username=a&password=b");
    assertThat(password.statusCode()).isEqualTo(400);
    assertThat(TestSupport.json(password).get("error").asText())
        .isEqualTo("unsupported_grant_type");
    assertThat(password.headers().firstValue("Cache-Control")).contains("no-store");

    assertThat(TestSupport.json(form("grant_type=authorization_code&code=x")).get("error").asText())
        .isEqualTo("invalid_request");
    assertThat(form("").statusCode()).isEqualTo(400);
    assertThat(
            TestSupport.json(
                    form(
                        "grant_type=authorization_code&code=x&redirect_uri=https%3A%2F%2Fa.example"
                            + "&client_id=sandbox-client&code_verifier=short"))
                .get("error_description")
                .asText())
        .contains("code_verifier");
    assertThat(
            TestSupport.json(form("grant_type=refresh_token&refresh_token=unknown"))
                .get("error")
                .asText())
        .isEqualTo("invalid_grant");

    HttpResponse<String> json =
        TestSupport.send(
            sandbox,
            "POST",
            "/oauth/token",
            "{\"grant_type\":\"refresh_token\",\"refresh_token\":\"unknown\"}",
            "Authorization",
            "");
    assertThat(TestSupport.json(json).get("error").asText()).isEqualTo("invalid_grant");
    HttpResponse<String> xml =
        TestSupport.send(
            sandbox,
            "POST",
            "/oauth/token",
            "<x/>",
            "Authorization",
            "",
            "Content-Type",
            "text/xml");
    assertThat(TestSupport.json(xml).get("error").asText()).isEqualTo("invalid_request");
  }

  @Test
  void authorizeRefusesUnknownClientsAndRedirectsOtherErrors() {
    String base = sandbox.baseUrl() + "/oauth/authorize?redirect_uri=" + REDIRECT;
    assertThat(get(base + "&client_id=nobody&response_type=code").statusCode()).isEqualTo(400);
    assertThat(get(sandbox.baseUrl() + "/oauth/authorize?client_id=sandbox-client").statusCode())
        .isEqualTo(400);
    String client = base + "&client_id=" + sandbox.oauthClientId() + "&state=s1";
    assertThat(location(get(client + "&response_type=token")))
        .contains("error=unsupported_response_type")
        .contains("state=s1");
    assertThat(location(get(client + "&response_type=code"))).contains("error=invalid_request");
    assertThat(
            location(
                get(client + "&response_type=code&code_challenge=abc&code_challenge_method=plain")))
        .contains("error=invalid_request");
    assertThat(
            location(
                get(
                    client
                        + "&response_type=code&code_challenge=abc&code_challenge_method=S256"
                        + "&scope=read:profile%20fly:away")))
        .contains("error=invalid_scope");
  }

  private static String location(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(302);
    return response.headers().firstValue("Location").orElseThrow();
  }

  private HttpResponse<String> form(String body) {
    HttpResponse<String> response =
        TestSupport.send(
            sandbox,
            "POST",
            "/oauth/token",
            body,
            "Authorization",
            "",
            "Content-Type",
            "application/x-www-form-urlencoded");
    JsonNode json = TestSupport.json(response);
    assertThat(json.has("meta")).isFalse();
    return response;
  }
}
