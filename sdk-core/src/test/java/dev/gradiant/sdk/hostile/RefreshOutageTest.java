package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.HonestRetryClients;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.auth.RefreshParams;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An outage of the token endpoint is a transient failure of the call, retried like any other (with
 * backoff or {@code Retry-After}, within the call's deadline and budget), never an {@code
 * AuthenticationException} that would make an app sign its user out. Only a refusal of the refresh
 * token itself ({@code 400 invalid_grant}) is one.
 *
 * <p>The refresher calls {@code POST /auth/refresh} through a sign-in client without retries of its
 * own, so that each refresh is one request to the token endpoint and the retries seen are the
 * call's.
 */
class RefreshOutageTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Instant EXPIRED = NOW.minusSeconds(1);
  private static final Instant VALID = NOW.plusSeconds(600);
  private static final String TOKENS =
      Payloads.envelope(
          "{\"accessToken\": \"access-2\", \"refreshToken\": \"refresh-2\","
              + " \"tokenType\": \"Bearer\", \"expiresIn\": 900}");

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(NOW);
  private final List<TokenSet> rotated = new CopyOnWriteArrayList<>();
  private final GradiantClient signIn =
      HonestRetryClients.onFakeTime(wireMock.apiBaseUrl(), time)
          .withoutCredentials()
          .maxRetries(0)
          .build();

  RefreshOutageTest() {
    wireMock.resetAll();
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-2"))
            .willReturn(FaultServer.json(200, Payloads.envelope(Payloads.USER))));
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-1"))
            .willReturn(
                FaultServer.json(
                    401, "{\"error\": {\"code\": \"INVALID_TOKEN\", \"message\": \"expired\"}}")));
  }

  @BeforeAll
  static void startServer() {
    wireMock.start();
  }

  @AfterAll
  static void stopServer() {
    wireMock.stop();
  }

  @AfterEach
  void closeSignIn() {
    signIn.close();
  }

  private GradiantClient client(Instant accessTokenExpiresAt) {
    RefreshingTokenCredentials credentials =
        RefreshingTokenCredentials.builder()
            .tokens(new TokenSet("access-1", "refresh-1", accessTokenExpiresAt))
            .refresher(
                refreshToken ->
                    signIn
                        .auth()
                        .refresh(RefreshParams.builder().refreshToken(refreshToken).build())
                        .toTokenSet(time.instant()))
            .onRotation(rotated::add)
            .clock(time)
            .build();
    return HonestRetryClients.onFakeTime(wireMock.apiBaseUrl(), time)
        .credentials(credentials)
        .build();
  }

  private static void tokenEndpointAnswers(ResponseDefinitionBuilder... answers) {
    wireMock.sequence(() -> post(urlEqualTo("/v1/auth/refresh")), answers);
  }

  private static int refreshes() {
    return wireMock.findAll(postRequestedFor(urlEqualTo("/v1/auth/refresh"))).size();
  }

  private static int sent(String token) {
    return wireMock
        .findAll(
            getRequestedFor(urlEqualTo("/v1/user"))
                .withHeader("Authorization", equalTo("Bearer " + token)))
        .size();
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aTokenEndpointOutageBeforeTheRequestIsRetriedNotASignOut(HonestRetryFace face) {
    tokenEndpointAnswers(FaultServer.json(503, "{}"), FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(EXPIRED)) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason())
          .isEqualTo("credentials renewal failed (HTTP 503)");
    }
    assertThat(rotated).extracting(TokenSet::refreshToken).containsExactly("refresh-2");
    assertThat(refreshes()).isEqualTo(2);
    assertThat(sent("access-1")).isZero();
    assertThat(sent("access-2")).isEqualTo(1);
    // the backoff of the call's first retry (0.5 s, jitter at the middle)
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aTokenEndpointOutageAfterUnauthorizedIsRetriedNotASignOut(HonestRetryFace face) {
    tokenEndpointAnswers(FaultServer.json(503, "{}"), FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(VALID)) {
      ApiResponse<User> response = face.me(client);

      // 401 and the renewal fails; 401 and the renewal succeeds; the replay: the whole budget
      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(3);
      assertThat(response.metadata().retryReason()).isEqualTo("credentials renewed");
    }
    assertThat(rotated).extracting(TokenSet::refreshToken).containsExactly("refresh-2");
    assertThat(refreshes()).isEqualTo(2);
    assertThat(sent("access-1")).isEqualTo(2);
    assertThat(sent("access-2")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aTokenEndpointThatStaysDownGivesServerExceptionNotAuthenticationException(
      HonestRetryFace face) {
    tokenEndpointAnswers(
        FaultServer.json(503, "{}"), FaultServer.json(503, "{}"), FaultServer.json(503, "{}"));

    try (GradiantClient client = client(EXPIRED)) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> face.me(client));

      assertThat(e).isNotInstanceOf(AuthenticationException.class);
      assertThat(e.statusCode()).isEqualTo(503);
    }
    assertThat(refreshes()).isEqualTo(3);
    assertThat(sent("access-1") + sent("access-2")).isZero();
    assertThat(rotated).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aRateLimitedTokenEndpointIsWaitedForAsItAsks(HonestRetryFace face) {
    tokenEndpointAnswers(
        FaultServer.json(
                429, "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow\"}}")
            .withHeader("Retry-After", "3"),
        FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(EXPIRED)) {
      assertThat(face.me(client).data().id()).isEqualTo("user_123");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(refreshes()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aTokenEndpointConnectionFailureIsRetried(HonestRetryFace face) {
    tokenEndpointAnswers(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(EXPIRED)) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().retryReason())
          .isEqualTo("credentials renewal failed (connection failed)");
    }
    assertThat(refreshes()).isEqualTo(2);
    assertThat(sent("access-2")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aRevokedRefreshTokenIsAnAuthenticationExceptionAtOnce(HonestRetryFace face) {
    tokenEndpointAnswers(
        FaultServer.json(
            400,
            "{\"error\": {\"code\": \"invalid_grant\", \"message\": \"refresh token revoked\"}}"));

    try (GradiantClient client = client(EXPIRED)) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> face.me(client));

      assertThat(e.errorCode()).isEqualTo("invalid_grant");
    }
    assertThat(refreshes()).isEqualTo(1);
    assertThat(sent("access-1") + sent("access-2")).isZero();
    assertThat(time.sleeps()).isEmpty();
  }
}
