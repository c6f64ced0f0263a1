package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets and personal data of the auth flows never appear in {@code toString()}. */
class AuthRedactionTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  @Test
  void requestParamsHideEmailsPasswordsCodesAndTokens() {
    assertThat(
            LoginParams.builder()
                .email("jane@clinic.example")
                .password("hunter2-secret")
                .build()
                .toString())
        .isEqualTo("LoginParams[email=****, password=****]");
    assertThat(OtpSendParams.builder().email("jane@clinic.example").build().toString())
        .isEqualTo("OtpSendParams[email=****]");
    assertThat(
            OtpVerifyParams.builder().email("jane@clinic.example").otp("847291").build().toString())
        .isEqualTo("OtpVerifyParams[email=****, otp=****]");
    assertThat(RefreshParams.builder().refreshToken("rt_secret_1").build().toString())
        .isEqualTo("RefreshParams[refreshToken=****]");
    assertThat(
            OAuthRefreshParams.builder()
                .refreshToken("rt_secret_1")
                .clientId("YOUR_CLIENT_ID")
                .build()
                .toString())
        .isEqualTo("OAuthRefreshParams[refreshToken=****, clientId=YOUR_CLIENT_ID]");
    assertThat(
            OAuthCodeExchangeParams.builder()
                .clientId("YOUR_CLIENT_ID")
                .code("code_secret_1")
                .redirectUri("https://your-app.com/cb")
                .codeVerifier(VERIFIER)
                .build()
                .toString())
        .isEqualTo(
            "OAuthCodeExchangeParams[clientId=YOUR_CLIENT_ID, code=****,"
                + " redirectUri=https://your-app.com/cb, codeVerifier=****]");
  }

  @Test
  void tokensHideBothTokens() {
    assertThat(
            AuthTokens.builder()
                .accessToken("at_secret_1")
                .refreshToken("rt_secret_1")
                .tokenType("Bearer")
                .expiresIn(900L)
                .build()
                .toString())
        .isEqualTo(
            "AuthTokens[accessToken=****, refreshToken=****, tokenType=Bearer, expiresIn=900]");
    assertThat(
            OAuthToken.builder()
                .accessToken("at_secret_1")
                .tokenType("Bearer")
                .expiresIn(3600L)
                .scope("read:profile")
                .build()
                .toString())
        .isEqualTo(
            "OAuthToken[accessToken=****, tokenType=Bearer, expiresIn=3600, refreshToken=null,"
                + " scope=read:profile]");
  }

  @Test
  void credentialsMadeFromTokensHideTheToken() {
    assertThat(
            AuthTokens.builder()
                .accessToken("at_secret_1")
                .tokenType("Bearer")
                .expiresIn(900L)
                .build()
                .toCredentials()
                .toString())
        .doesNotContain("at_secret_1");
    assertThat(
            OAuthToken.builder()
                .accessToken("at_secret_2")
                .tokenType("Bearer")
                .build()
                .toCredentials()
                .toString())
        .doesNotContain("at_secret_2");
  }
}
