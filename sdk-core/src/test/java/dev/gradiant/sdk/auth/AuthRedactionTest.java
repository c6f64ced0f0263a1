package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Secrets and personal data of the auth flows never appear in {@code toString()}. */
class AuthRedactionTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  @Test
  void requestParamsHideEmailsPasswordsCodesAndTokens() {
    assertThat(new LoginParams("jane@clinic.example", "hunter2-secret").toString())
        .isEqualTo("LoginParams[email=****, password=****]");
    assertThat(new OtpSendParams("jane@clinic.example").toString())
        .isEqualTo("OtpSendParams[email=****]");
    assertThat(new OtpVerifyParams("jane@clinic.example", "847291").toString())
        .isEqualTo("OtpVerifyParams[email=****, otp=****]");
    assertThat(new RefreshParams("rt_secret_1").toString())
        .isEqualTo("RefreshParams[refreshToken=****]");
    assertThat(new OAuthRefreshParams("rt_secret_1", "YOUR_CLIENT_ID").toString())
        .isEqualTo("OAuthRefreshParams[refreshToken=****, clientId=YOUR_CLIENT_ID]");
    assertThat(
            new OAuthCodeExchangeParams(
                    "YOUR_CLIENT_ID", "code_secret_1", "https://your-app.com/cb", VERIFIER)
                .toString())
        .isEqualTo(
            "OAuthCodeExchangeParams[clientId=YOUR_CLIENT_ID, code=****,"
                + " redirectUri=https://your-app.com/cb, codeVerifier=****]");
  }

  @Test
  void tokensHideBothTokens() {
    assertThat(new AuthTokens("at_secret_1", "rt_secret_1", "Bearer", 900L).toString())
        .isEqualTo(
            "AuthTokens[accessToken=****, refreshToken=****, tokenType=Bearer, expiresIn=900]");
    assertThat(new OAuthToken("at_secret_1", "Bearer", 3600L, null, "read:profile").toString())
        .isEqualTo(
            "OAuthToken[accessToken=****, tokenType=Bearer, expiresIn=3600, refreshToken=null,"
                + " scope=read:profile]");
  }

  @Test
  void credentialsMadeFromTokensHideTheToken() {
    assertThat(new AuthTokens("at_secret_1", null, "Bearer", 900L).toCredentials().toString())
        .doesNotContain("at_secret_1");
    assertThat(new OAuthToken("at_secret_2", "Bearer", null, null, null).toCredentials().toString())
        .doesNotContain("at_secret_2");
  }
}
