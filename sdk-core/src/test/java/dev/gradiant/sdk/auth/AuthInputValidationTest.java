package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails with a message naming the field, never echoing a secret, and nothing is sent. */
class AuthInputValidationTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final AuthClient auth = client.auth();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  @Test
  void nullParamsAreRejected() {
    assertThatThrownBy(() -> auth.login(null)).hasMessage("params must not be null");
    assertThatThrownBy(() -> auth.sendOtp(null)).hasMessage("params must not be null");
    assertThatThrownBy(() -> auth.verifyOtp(null)).hasMessage("params must not be null");
    assertThatThrownBy(() -> auth.refresh(null)).hasMessage("params must not be null");
    assertThatThrownBy(() -> auth.authorizationRequest(null)).hasMessage("params must not be null");
    assertThatThrownBy(() -> auth.exchangeAuthorizationCode(null))
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> auth.refreshOAuthToken(null)).hasMessage("params must not be null");
  }

  @Test
  void missingEmailIsRejected() {
    assertThatThrownBy(() -> LoginParams.builder().password("pw").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email must not be null");
    assertThatThrownBy(() -> OtpSendParams.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email must not be null");
    assertThatThrownBy(() -> OtpVerifyParams.builder().otp("847291").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("email must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "plainaddress", "@clinic.com", "you@", "you@clinic", "a b@c.d"})
  void blankOrMalformedEmailIsRejectedWithoutEchoingIt(String email) {
    String message = "email is not a valid email address (expected name@domain.tld)";
    assertThatThrownBy(() -> LoginParams.builder().email(email).password("pw").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> OtpSendParams.builder().email(email).build()).hasMessage(message);
    assertThatThrownBy(() -> OtpVerifyParams.builder().email(email).otp("847291").build())
        .hasMessage(message);
  }

  @Test
  void missingPasswordIsRejected() {
    assertThatThrownBy(() -> LoginParams.builder().email("you@clinic.com").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("password must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankPasswordIsRejected(String password) {
    assertThatThrownBy(
            () -> LoginParams.builder().email("you@clinic.com").password(password).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("password must not be blank");
  }

  @Test
  void passwordIsSentExactlyAsGiven() {
    assertThat(
            LoginParams.builder()
                .email("you@clinic.com")
                .password(" pass word ")
                .build()
                .password())
        .isEqualTo(" pass word ");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void missingOrBlankOtpIsRejected(String otp) {
    assertThatThrownBy(() -> OtpVerifyParams.builder().email("you@clinic.com").otp(otp).build())
        .hasMessage(otp == null ? "otp must not be null" : "otp must not be blank");
  }

  @Test
  void overlongOtpIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(
            () ->
                OtpVerifyParams.builder().email("you@clinic.com").otp("12345678901234567").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("otp must be at most 16 characters long");
  }

  @Test
  void pastedOtpLosesSurroundingWhitespace() {
    assertThat(OtpVerifyParams.builder().email("you@clinic.com").otp(" 847291\n").build().otp())
        .isEqualTo("847291");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", " "})
  void missingOrBlankRefreshTokenIsRejected(String token) {
    String message =
        token == null ? "refreshToken must not be null" : "refreshToken must not be blank";
    assertThatThrownBy(() -> RefreshParams.builder().refreshToken(token).build())
        .hasMessage(message);
    assertThatThrownBy(
            () ->
                OAuthRefreshParams.builder().refreshToken(token).clientId("YOUR_CLIENT_ID").build())
        .hasMessage(message);
  }

  @Test
  void blankClientIdOnRefreshIsRejected() {
    assertThatThrownBy(() -> OAuthRefreshParams.builder().refreshToken("rt").clientId(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clientId must not be blank");
  }

  @Test
  void codeExchangeNamesTheMissingField() {
    OAuthCodeExchangeParams.Builder params =
        OAuthCodeExchangeParams.builder()
            .clientId("YOUR_CLIENT_ID")
            .code("AUTHORIZATION_CODE")
            .redirectUri("https://your-app.com/oauth/callback")
            .codeVerifier(VERIFIER);
    assertThat(params.build().code()).isEqualTo("AUTHORIZATION_CODE");

    assertThatThrownBy(() -> params.clientId(null).build()).hasMessage("clientId must not be null");
    params.clientId("YOUR_CLIENT_ID");
    assertThatThrownBy(() -> params.code(" ").build()).hasMessage("code must not be blank");
    params.code("AUTHORIZATION_CODE");
    assertThatThrownBy(() -> params.redirectUri(null).build())
        .hasMessage("redirectUri must not be null");
    params.redirectUri("https://your-app.com/oauth/callback");
    assertThatThrownBy(() -> params.codeVerifier(null).build())
        .hasMessage("codeVerifier must not be null");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "short",
        "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk+",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
      })
  void badVerifierIsRejectedWithoutEchoingIt(String verifier) {
    assertThatThrownBy(
            () ->
                OAuthCodeExchangeParams.builder()
                    .clientId("YOUR_CLIENT_ID")
                    .code("AUTHORIZATION_CODE")
                    .redirectUri("https://a.example/cb")
                    .codeVerifier(verifier)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("codeVerifier ")
        .hasMessageNotContaining(verifier);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/oauth/callback",
        "your-app.com/callback",
        "https://your-app.com/cb#frag",
        "https://your-app.com/cb#",
        "http://your-app.com/cb",
        "https://bad host/cb"
      })
  void redirectUriMustBeAbsoluteWithoutFragmentAndNotPlainHttp(String uri) {
    assertThatThrownBy(
            () ->
                OAuthCodeExchangeParams.builder()
                    .clientId("YOUR_CLIENT_ID")
                    .code("AUTHORIZATION_CODE")
                    .redirectUri(uri)
                    .codeVerifier(VERIFIER)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("redirectUri ");
    assertThatThrownBy(() -> AuthorizationParams.builder().clientId("c").redirectUri(uri).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("redirectUri ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://exämple.com/oauth/callback",
        "https://your-app.com/oauth/callbäck",
        "https://your-app.com/oauth/callback?tenant=[1]",
        "com.example.app:/oauth/callback?next=/ünïcode"
      })
  void redirectUriMustBeAnRfc3986Uri(String uri) {
    String message =
        "redirectUri must be an RFC 3986 URI (RFC 6749 §3.1.2): percent-encode non-ASCII"
            + " characters and square brackets (outside an IPv6 host), and write an"
            + " internationalised host in its xn-- form";
    assertThatThrownBy(
            () ->
                OAuthCodeExchangeParams.builder()
                    .clientId("YOUR_CLIENT_ID")
                    .code("AUTHORIZATION_CODE")
                    .redirectUri(uri)
                    .codeVerifier(VERIFIER)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> AuthorizationParams.builder().clientId("c").redirectUri(uri).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://xn--exmple-cua.com/oauth/callback",
        "https://your-app.com/oauth/callb%C3%A4ck?tenant=%5B1%5D",
        "https://[2001:db8::1]/oauth/callback"
      })
  void percentEncodedAndPunycodeRedirectUrisAreAccepted(String uri) {
    assertThat(
            OAuthCodeExchangeParams.builder()
                .clientId("c")
                .code("code")
                .redirectUri(uri)
                .codeVerifier(VERIFIER)
                .build()
                .redirectUri())
        .isEqualTo(uri);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080/cb",
        "http://127.0.0.1/cb",
        "http://[::1]:9000/cb",
        "com.example.app:/oauth/callback",
        "https://your-app.com/oauth/callback?tenant=1"
      })
  void loopbackHttpAndNativeSchemesAreAcceptedRedirectUris(String uri) {
    assertThat(AuthorizationParams.builder().clientId("c").redirectUri(uri).build().redirectUri())
        .isEqualTo(uri);
  }

  @Test
  void authorizationParamsNameTheBadField() {
    AuthorizationParams.Builder params =
        AuthorizationParams.builder().redirectUri("https://your-app.com/oauth/callback");
    assertThatThrownBy(params::build)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clientId must not be null");
    params.clientId("YOUR_CLIENT_ID");
    assertThatThrownBy(() -> params.state(" ").build())
        .hasMessage("state must not be blank (leave it unset to generate one)");
    assertThatThrownBy(() -> params.state("caf\u00e9").build())
        .hasMessage("state must be printable ASCII (RFC 6749 VSCHAR)");
    params.state("valid-state");
    assertThatThrownBy(() -> params.scopes(OAuthScope.READ_PROFILE, null).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scopes[1] must be set");
    params.scopes();
    assertThatThrownBy(() -> params.baseUrl("http://api.example.com/v1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baseUrl uses plain http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "read:profile write:bookings", "a\"b"})
  void scopeThatWouldBreakTheSpaceSeparatedListIsRejected(String scope) {
    assertThatThrownBy(() -> OAuthScope.of(scope)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void knownScopesParseToTheirConstants() {
    assertThat(OAuthScope.of("read:health_records")).isSameAs(OAuthScope.READ_HEALTH_RECORDS);
    assertThat(OAuthScope.of("read:health_records").isKnown()).isTrue();
    assertThat(OAuthScope.of("write:payments").isKnown()).isFalse();
  }
}
