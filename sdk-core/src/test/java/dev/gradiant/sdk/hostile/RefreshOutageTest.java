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
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.auth.RefreshParams;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.errors.UnexpectedRedirectException;
import dev.gradiant.sdk.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An outage of the token endpoint is a transient failure of the call, retried like any other (with
 * backoff or {@code Retry-After}, within the call's deadline and budget), never an {@code
 * AuthenticationException} that would make an app sign its user out. Only a refusal of the refresh
 * token itself ({@code 401}, {@code 403}, or a {@code 400} whose code says the grant, token or
 * client is invalid) is one; any other answer of the token endpoint fails the call as it is.
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
      TestClients.blocking(wireMock.apiBaseUrl(), time).withoutCredentials().maxRetries(0).build();

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

  private GradiantClient client(Face face, Instant accessTokenExpiresAt) {
    RefreshingTokenCredentials credentials =
        RefreshingTokenCredentials.builder()
            .tokens(
                TokenSet.builder()
                    .accessToken("access-1")
                    .refreshToken("refresh-1")
                    .expiresAt(accessTokenExpiresAt)
                    .build())
            .refresher(
                refreshToken ->
                    signIn
                        .auth()
                        .refresh(RefreshParams.builder().refreshToken(refreshToken).build())
                        .toTokenSet(time.instant()))
            .onRotation(rotated::add)
            .clock(time)
            .build();
    return face.builder(wireMock.apiBaseUrl(), time).credentials(credentials).build();
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
  @EnumSource(Face.class)
  void aTokenEndpointOutageBeforeTheRequestIsRetriedNotASignOut(Face face) {
    tokenEndpointAnswers(FaultServer.json(503, "{}"), FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(face, EXPIRED)) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).contains("credentials failed (HTTP 503)");
    }
    assertThat(rotated)
        .extracting(TokenSet::refreshToken)
        .containsExactly(Optional.of("refresh-2"));
    assertThat(refreshes()).isEqualTo(2);
    assertThat(sent("access-1")).isZero();
    assertThat(sent("access-2")).isEqualTo(1);
    // the backoff of the call's first retry (0.5 s, jitter at the middle)
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aTokenEndpointOutageAfterUnauthorizedIsRetriedNotASignOut(Face face) {
    tokenEndpointAnswers(FaultServer.json(503, "{}"), FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(face, VALID)) {
      ApiResponse<User> response = face.me(client);

      // 401 and the renewal fails; 401 and the renewal succeeds; the replay: the whole budget
      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(3);
      assertThat(response.metadata().retryReason()).contains("credentials renewed");
    }
    assertThat(rotated)
        .extracting(TokenSet::refreshToken)
        .containsExactly(Optional.of("refresh-2"));
    assertThat(refreshes()).isEqualTo(2);
    assertThat(sent("access-1")).isEqualTo(2);
    assertThat(sent("access-2")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aTokenEndpointThatStaysDownGivesServerExceptionNotAuthenticationException(Face face) {
    tokenEndpointAnswers(
        FaultServer.json(503, "{}").withHeader("X-Request-ID", "req_refresh_1"),
        FaultServer.json(503, "{}").withHeader("X-Request-ID", "req_refresh_2"),
        FaultServer.json(503, "{}").withHeader("X-Request-ID", "req_refresh_3"));

    try (GradiantClient client = client(face, EXPIRED)) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> face.me(client));

      // the token endpoint's last answer, with the attempts of the call (not of the refresh)
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.requestId()).contains("req_refresh_3");
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).contains("credentials failed (HTTP 503)");
      assertThat(e.getMessage()).endsWith("(request id: req_refresh_3, after 3 attempts)");
    }
    assertThat(refreshes()).isEqualTo(3);
    assertThat(sent("access-1") + sent("access-2")).isZero();
    assertThat(rotated).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRateLimitedTokenEndpointIsWaitedForAsItAsks(Face face) {
    tokenEndpointAnswers(
        FaultServer.json(
                429, "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow\"}}")
            .withHeader("Retry-After", "3"),
        FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(face, EXPIRED)) {
      assertThat(face.me(client).data().id()).isEqualTo("user_123");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(refreshes()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aTokenEndpointConnectionFailureIsRetried(Face face) {
    tokenEndpointAnswers(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), FaultServer.json(200, TOKENS));

    try (GradiantClient client = client(face, EXPIRED)) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().retryReason())
          .contains("credentials failed (connection failed)");
    }
    assertThat(refreshes()).isEqualTo(2);
    assertThat(sent("access-2")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRevokedRefreshTokenIsAnAuthenticationExceptionAtOnce(Face face) {
    tokenEndpointAnswers(
        FaultServer.json(
            400,
            "{\"error\": {\"code\": \"invalid_grant\", \"message\": \"refresh token revoked\"}}"));

    try (GradiantClient client = client(face, EXPIRED)) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> face.me(client));

      assertThat(e.errorCode()).contains("invalid_grant");
    }
    assertThat(refreshes()).isEqualTo(1);
    assertThat(sent("access-1") + sent("access-2")).isZero();
    assertThat(time.sleeps()).isEmpty();
  }

  /** A face and an answer of the token endpoint that refuses the refresh token. */
  static Stream<Arguments> refusals() {
    Stream<ResponseDefinitionBuilder> refusals =
        Stream.of(
            FaultServer.json(400, "{\"error\": \"invalid_client\"}"),
            FaultServer.json(400, "{\"error\": \"unauthorized_client\"}"),
            FaultServer.json(
                400, "{\"error\": {\"code\": \"INVALID_TOKEN\", \"message\": \"no\"}}"),
            FaultServer.json(
                400, "{\"error\": {\"code\": \"invalid_grant\", \"message\": \"no\"}}"),
            FaultServer.json(
                401, "{\"error\": {\"code\": \"INVALID_TOKEN\", \"message\": \"no\"}}"),
            FaultServer.json(403, "{\"error\": {\"code\": \"FORBIDDEN\", \"message\": \"no\"}}"));
    return refusals.flatMap(
        answer -> Stream.of(Face.values()).map(face -> Arguments.of(face, answer)));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void aRefusalOfTheRefreshTokenIsAnAuthenticationExceptionAtOnce(
      Face face, ResponseDefinitionBuilder refusal) {
    tokenEndpointAnswers(refusal);

    try (GradiantClient client = client(face, EXPIRED)) {
      catchThrowableOfType(AuthenticationException.class, () -> face.me(client));
    }
    assertThat(refreshes()).isEqualTo(1);
    assertThat(sent("access-1") + sent("access-2")).isZero();
    assertThat(time.sleeps()).isEmpty();
  }

  /**
   * A face, an answer of the token endpoint that says nothing about the refresh token, and the
   * exception the call fails with: the refresher's own, not an {@code AuthenticationException}.
   */
  static Stream<Arguments> answersThatRefuseNothing() {
    Stream<Arguments> answers =
        Stream.of(
            Arguments.of(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Sign in to the hotel Wi-Fi</body></html>"),
                MalformedResponseException.class),
            Arguments.of(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", "https://login.example.com/portal"),
                UnexpectedRedirectException.class),
            Arguments.of(
                FaultServer.json(
                    404, "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"no\"}}"),
                NotFoundException.class),
            Arguments.of(
                FaultServer.json(
                    400, "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"no\"}}"),
                BadRequestException.class));
    return answers.flatMap(
        answer ->
            Stream.of(Face.values())
                .map(face -> Arguments.of(face, answer.get()[0], answer.get()[1])));
  }

  @ParameterizedTest
  @MethodSource("answersThatRefuseNothing")
  void anAnswerThatRefusesNothingFailsTheCallAsItIsNotAsASignOut(
      Face face, ResponseDefinitionBuilder answer, Class<? extends ApiException> expected) {
    tokenEndpointAnswers(answer);

    try (GradiantClient client = client(face, EXPIRED)) {
      ApiException e = catchThrowableOfType(expected, () -> face.me(client));

      assertThat(e).isNotInstanceOf(AuthenticationException.class);
      assertThat(e.attempts()).isEqualTo(1);
    }
    // not a transient failure: thrown at once, and the tokens stay as they were
    assertThat(refreshes()).isEqualTo(1);
    assertThat(sent("access-1") + sent("access-2")).isZero();
    assertThat(time.sleeps()).isEmpty();
    assertThat(rotated).isEmpty();
  }
}
