package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The auth params can gain fields without breaking callers: final classes built only through their
 * builders, whose {@code toBuilder()} carries every field; unset optional fields read as empty.
 */
class AuthParamsShapeTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
  private static final Pkce PKCE = Pkce.fromVerifier(VERIFIER);
  private static final AuthorizationParams AUTHORIZATION =
      AuthorizationParams.builder()
          .clientId("client")
          .redirectUri("https://your-app.com/cb")
          .scopes(OAuthScope.READ_PROFILE, OAuthScope.WRITE_BOOKINGS)
          .state("xyz")
          .pkce(PKCE)
          .baseUrl("https://api.example.com/v1")
          .build();
  private static final OAuthCodeExchangeParams EXCHANGE =
      OAuthCodeExchangeParams.builder()
          .clientId("client")
          .code("code")
          .redirectUri("https://your-app.com/cb")
          .codeVerifier(VERIFIER)
          .build();

  @ParameterizedTest
  @ValueSource(
      classes = {
        LoginParams.class,
        OtpSendParams.class,
        OtpVerifyParams.class,
        RefreshParams.class,
        OAuthRefreshParams.class,
        OAuthCodeExchangeParams.class,
        AuthorizationParams.class
      })
  void isAFinalClassBuiltOnlyThroughItsBuilder(Class<?> type) throws ReflectiveOperationException {
    ModelShape.assertGrowable(type);
  }

  @Test
  void toBuilderRoundTripsEveryField() {
    LoginParams login = LoginParams.builder().email("a@example.com").password("pw").build();
    OtpSendParams send = OtpSendParams.builder().email("a@example.com").build();
    OtpVerifyParams verify = OtpVerifyParams.builder().email("a@example.com").otp("123").build();
    RefreshParams refresh = RefreshParams.builder().refreshToken("rt").build();
    OAuthRefreshParams oauthRefresh =
        OAuthRefreshParams.builder().refreshToken("rt").clientId("client").build();

    assertThat(login.toBuilder().build()).isEqualTo(login).hasSameHashCodeAs(login);
    assertThat(send.toBuilder().build()).isEqualTo(send).hasSameHashCodeAs(send);
    assertThat(verify.toBuilder().build()).isEqualTo(verify).hasSameHashCodeAs(verify);
    assertThat(refresh.toBuilder().build()).isEqualTo(refresh).hasSameHashCodeAs(refresh);
    assertThat(oauthRefresh.toBuilder().build())
        .isEqualTo(oauthRefresh)
        .hasSameHashCodeAs(oauthRefresh);
    assertThat(EXCHANGE.toBuilder().build()).isEqualTo(EXCHANGE).hasSameHashCodeAs(EXCHANGE);
    assertThat(AUTHORIZATION.toBuilder().build())
        .isEqualTo(AUTHORIZATION)
        .hasSameHashCodeAs(AUTHORIZATION);
    assertThat(login.toBuilder().password("other").build()).isNotEqualTo(login);

    assertThat(login.email()).isEqualTo("a@example.com");
    assertThat(login.password()).isEqualTo("pw");
    assertThat(verify.otp()).isEqualTo("123");
    assertThat(oauthRefresh.refreshToken()).isEqualTo("rt");
    assertThat(oauthRefresh.clientId()).hasValue("client");
    assertThat(EXCHANGE.codeVerifier()).isEqualTo(VERIFIER);
    assertThat(AUTHORIZATION.clientId()).isEqualTo("client");
    assertThat(AUTHORIZATION.redirectUri()).isEqualTo("https://your-app.com/cb");
    assertThat(AUTHORIZATION.scopes())
        .containsExactly(OAuthScope.READ_PROFILE, OAuthScope.WRITE_BOOKINGS);
    assertThat(AUTHORIZATION.state()).hasValue("xyz");
    assertThat(AUTHORIZATION.pkce()).hasValue(PKCE);
    assertThat(AUTHORIZATION.baseUrl()).isPresent();
  }

  @Test
  void unsetOptionalFieldsReadAsEmpty() {
    AuthorizationParams bare =
        AuthorizationParams.builder().clientId("c").redirectUri("https://your-app.com/cb").build();

    assertThat(bare.scopes()).isEmpty();
    assertThat(bare.state()).isEmpty();
    assertThat(bare.pkce()).isEmpty();
    assertThat(bare.baseUrl()).isEmpty();
    assertThat(OAuthRefreshParams.builder().refreshToken("rt").build().clientId()).isEmpty();
  }

  @Test
  void builderMethodsRefuseNullNamingTheField() {
    assertThatThrownBy(() -> AuthorizationParams.builder().state(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state must not be null");
    assertThatThrownBy(() -> OAuthRefreshParams.builder().clientId(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("clientId must not be null");
  }

  @Test
  void toStringStillHidesSecretsAndPersonalData() {
    assertThat(LoginParams.builder().email("a@example.com").password("pw").build().toString())
        .doesNotContain("a@example.com", "pw");
    assertThat(EXCHANGE.toString()).doesNotContain(VERIFIER, "=code");
    assertThat(AUTHORIZATION.toString()).doesNotContain("xyz");
  }
}
