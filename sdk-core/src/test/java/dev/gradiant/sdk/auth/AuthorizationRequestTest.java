package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The authorization URL of the OAuth 2.0 code flow with PKCE: built locally, nothing sent. */
class AuthorizationRequestTest {
  private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  private static AuthorizationParams.Builder documented() {
    return AuthorizationParams.builder()
        .clientId("YOUR_CLIENT_ID")
        .redirectUri("https://your-app.com/oauth/callback")
        .scopes(OAuthScope.READ_PROFILE, OAuthScope.WRITE_BOOKINGS);
  }

  @Test
  void urlIsExactlyTheDocumentedOneWithEveryValueEncoded() {
    AuthorizationRequest authorization =
        client
            .auth()
            .authorizationRequest(
                documented()
                    .baseUrl("https://api.gradiant.dev/v1")
                    .state("af0ifjsldkj")
                    .pkce(Pkce.fromVerifier(VERIFIER))
                    .build());

    assertThat(authorization.url())
        .isEqualTo(
            "https://api.gradiant.dev/v1/oauth/authorize"
                + "?response_type=code"
                + "&client_id=YOUR_CLIENT_ID"
                + "&redirect_uri=https%3A%2F%2Fyour-app.com%2Foauth%2Fcallback"
                + "&scope=read%3Aprofile%20write%3Abookings"
                + "&state=af0ifjsldkj"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
                + "&code_challenge_method=S256");
    assertThat(authorization.state()).isEqualTo("af0ifjsldkj");
    assertThat(authorization.codeVerifier()).isEqualTo(VERIFIER);
  }

  @Test
  void stateAndVerifierAreGeneratedFreshForEachRequest() {
    AuthorizationParams params = documented().build();

    AuthorizationRequest first = client.auth().authorizationRequest(params);
    AuthorizationRequest second = client.auth().authorizationRequest(params);

    assertThat(first.state()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(second.state());
    assertThat(first.codeVerifier()).matches("[A-Za-z0-9_-]{43}");
    assertThat(first.codeVerifier()).isNotEqualTo(second.codeVerifier());
    HttpUrl url = HttpUrl.get(first.url());
    assertThat(url.queryParameter("state")).isEqualTo(first.state());
    assertThat(url.queryParameter("code_challenge"))
        .isEqualTo(Pkce.fromVerifier(first.codeVerifier()).challenge());
    assertThat(url.queryParameter("scope")).isEqualTo("read:profile write:bookings");
  }

  @Test
  void valuesThatNeedEscapingAreEncodedAndDecodeBack() {
    AuthorizationRequest authorization =
        client
            .auth()
            .authorizationRequest(
                AuthorizationParams.builder()
                    .clientId("app id&x=1")
                    .redirectUri("com.example.app:/oauth?next=/home")
                    .state("a b+c&d=e")
                    .build());

    HttpUrl url = HttpUrl.get(authorization.url());
    assertThat(url.queryParameter("client_id")).isEqualTo("app id&x=1");
    assertThat(url.queryParameter("redirect_uri")).isEqualTo("com.example.app:/oauth?next=/home");
    assertThat(url.queryParameter("state")).isEqualTo("a b+c&d=e");
    assertThat(url.encodedQuery()).contains("client_id=app%20id%26x%3D1");
    assertThat(url.queryParameter("scope")).isNull();
  }

  @Test
  void clientsOwnBaseUrlIsTheDefaultSoSelfHostedDeploymentsStayOnTheirHost() {
    AuthorizationRequest authorization = client.auth().authorizationRequest(documented().build());

    assertThat(authorization.url()).startsWith(api.baseUrl() + "/oauth/authorize?response_type=");
  }

  @Test
  void explicitBaseUrlWinsOverTheClients() {
    AuthorizationRequest authorization =
        client
            .auth()
            .authorizationRequest(documented().baseUrl("https://auth.clinic.example/v1").build());

    assertThat(authorization.url())
        .startsWith("https://auth.clinic.example/v1/oauth/authorize?response_type=");
  }

  @Test
  void returnedStateIsCheckedExactly() {
    AuthorizationRequest authorization =
        client.auth().authorizationRequest(documented().state("af0ifjsldkj").build());

    assertThat(authorization.stateMatches("af0ifjsldkj")).isTrue();
    assertThat(authorization.stateMatches("af0ifjsldkJ")).isFalse();
    assertThat(authorization.stateMatches("af0ifjsldk")).isFalse();
    assertThat(authorization.stateMatches(null)).isFalse();
  }

  @Test
  void toStringHidesTheStateTheVerifierAndTheQuery() {
    AuthorizationRequest authorization =
        client
            .auth()
            .authorizationRequest(
                documented()
                    .baseUrl("https://api.gradiant.dev/v1")
                    .state("af0ifjsldkj")
                    .pkce(Pkce.fromVerifier(VERIFIER))
                    .build());
    AuthorizationParams params =
        documented().state("af0ifjsldkj").pkce(Pkce.fromVerifier(VERIFIER)).build();

    assertThat(authorization.toString())
        .startsWith("AuthorizationRequest[url=https://api.gradiant.dev/v1/oauth/authorize?****")
        .doesNotContain("af0ifjsldkj", VERIFIER, "E9Melhoa");
    assertThat(params.toString())
        .doesNotContain("af0ifjsldkj", VERIFIER)
        .contains("YOUR_CLIENT_ID");
  }
}
