package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.errors.MalformedResponseException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the token responses read what the contract requires and what it leaves optional: a missing
 * required field is a {@link MalformedResponseException} naming it (never a token), an absent or
 * null optional value is {@code Optional.empty()}.
 */
class AuthTokensDecodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static LoginParams login() {
    return LoginParams.builder().email("you@clinic.com").password("pw").build();
  }

  @Test
  void tokensWithoutTheirLifetimeAreMalformedAndTheMessageNamesTheField() {
    api.enqueueJson(
        200,
        "{\"data\": {\"accessToken\": \"at_secret_1\", \"refreshToken\": \"rt_secret_1\","
            + " \"tokenType\": \"Bearer\"}}");

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.auth().login(login()));

    assertThat(e.serverMessage())
        .isEqualTo(
            "Could not read the response of POST /auth/login: the required field data.expiresIn"
                + " is missing (AuthTokens.expiresIn)");
    assertThat(e.getMessage()).doesNotContain("at_secret_1", "rt_secret_1");
    assertThat(e.rawBody()).doesNotContain("at_secret_1", "rt_secret_1");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void tokensWithANullRefreshTokenHaveNone() {
    api.enqueueJson(
        200,
        "{\"data\": {\"accessToken\": \"at\", \"refreshToken\": null, \"tokenType\": \"Bearer\","
            + " \"expiresIn\": 900}}");

    AuthTokens tokens = client.auth().login(login());

    assertThat(tokens.refreshToken()).isEmpty();
    assertThat(tokens.expiresIn()).isEqualTo(900L);
  }

  @Test
  void anOAuthTokenWithoutItsTypeIsMalformedAndTheMessageNamesTheField() {
    api.enqueueJson(200, "{\"access_token\": \"at_secret_2\", \"expires_in\": 3600}");

    MalformedResponseException e =
        catchThrowableOfType(
            MalformedResponseException.class,
            () ->
                client
                    .auth()
                    .refreshOAuthToken(OAuthRefreshParams.builder().refreshToken("rt").build()));

    assertThat(e.serverMessage())
        .isEqualTo(
            "Could not read the response of POST /oauth/token: the required field tokenType is"
                + " missing (OAuthToken.tokenType)");
    assertThat(e.getMessage()).doesNotContain("at_secret_2");
  }

  @Test
  void anOAuthTokenWithNullOptionalFieldsReadsThemAsEmpty() {
    api.enqueueJson(
        200,
        "{\"access_token\": \"at\", \"token_type\": \"Bearer\", \"expires_in\": null,"
            + " \"refresh_token\": null, \"scope\": null}");

    OAuthToken token =
        client.auth().refreshOAuthToken(OAuthRefreshParams.builder().refreshToken("rt").build());

    assertThat(token.expiresIn()).isEmpty();
    assertThat(token.refreshToken()).isEmpty();
    assertThat(token.scope()).isEmpty();
    assertThat(token.scopes()).isEmpty();
  }
}
