package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.CredentialsRenewedException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.users.User;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The replay after a {@code 401} and a renewal of the credentials is one more attempt of the same
 * call: counted in {@code attempts()}, on the call's own deadline, within its retry budget, at most
 * once per call, with no backoff wait before it. A renewal that cannot be replayed is no sign-out:
 * a {@code CredentialsRenewedException} without a retry left, an {@code ApiTimeoutException} past
 * the deadline; only a {@code 401} to the renewed credentials is an {@code
 * AuthenticationException}.
 */
class CredentialRenewalReplayTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final String EXPIRED =
      "{\"error\": {\"code\": \"INVALID_TOKEN\", \"message\": \"expired\"}}";

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(NOW);
  private final AtomicInteger refreshes = new AtomicInteger();

  /** How much fake time one refresh takes. */
  private Duration refreshTakes = Duration.ZERO;

  CredentialRenewalReplayTest() {
    wireMock.resetAll();
    answer("access-2", FaultServer.json(200, Payloads.envelope(Payloads.USER)));
    answer("access-1", FaultServer.json(401, EXPIRED));
  }

  @BeforeAll
  static void startServer() {
    wireMock.start();
  }

  @AfterAll
  static void stopServer() {
    wireMock.stop();
  }

  private static void answer(String token, ResponseDefinitionBuilder answer) {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer " + token))
            .willReturn(answer));
  }

  /** Valid for ten more minutes (no refresh before the request); renewed to access-2. */
  private RefreshingTokenCredentials credentials() {
    return RefreshingTokenCredentials.builder()
        .tokens(
            TokenSet.builder()
                .accessToken("access-1")
                .refreshToken("refresh-1")
                .expiresAt(NOW.plusSeconds(600))
                .build())
        .refresher(
            refreshToken -> {
              refreshes.incrementAndGet();
              if (!refreshTakes.isZero()) {
                time.sleep(refreshTakes);
              }
              return TokenSet.builder()
                  .accessToken("access-2")
                  .refreshToken("refresh-2")
                  .expiresAt(NOW.plusSeconds(900))
                  .build();
            })
        .clock(time)
        .build();
  }

  private GradiantClient client(
      Face face,
      RefreshingTokenCredentials credentials,
      UnaryOperator<GradiantClientBuilder> settings) {
    return settings
        .apply(face.builder(wireMock.apiBaseUrl(), time).credentials(credentials))
        .build();
  }

  private static int sent(String token) {
    return wireMock
        .findAll(
            getRequestedFor(urlEqualTo("/v1/user"))
                .withHeader("Authorization", equalTo("Bearer " + token)))
        .size();
  }

  private static int sent() {
    return wireMock.findAll(getRequestedFor(urlEqualTo("/v1/user"))).size();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void theReplayIsTheSecondAttemptOfTheSameCallAndWaitsForNothing(Face face) {
    try (GradiantClient client = client(face, credentials(), builder -> builder)) {
      ApiResponse<User> response = face.me(client);

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).contains("credentials renewed");
    }
    assertThat(sent("access-1")).isEqualTo(1);
    assertThat(sent("access-2")).isEqualTo(1);
    assertThat(refreshes).hasValue(1);
    assertThat(time.sleeps()).allMatch(Duration::isZero);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void theReplayRunsOnTheCallsDeadlineNotOnAFreshOne(Face face) {
    refreshTakes = Duration.ofSeconds(9);
    answer("access-2", FaultServer.json(503, "{}").withHeader("Retry-After", "2"));

    try (GradiantClient client =
        client(face, credentials(), builder -> builder.timeout(Duration.ofSeconds(10)))) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> face.me(client));

      // 9 s spent renewing: the replay is sent, but its 503 cannot be waited for 2 s more
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.attempts()).isEqualTo(2);
    }
    assertThat(sent("access-1")).isEqualTo(1);
    assertThat(sent("access-2")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRenewalThatOutlastsTheDeadlineIsNotReplayedAndTimesOutNotASignOut(Face face) {
    refreshTakes = Duration.ofSeconds(11);
    RefreshingTokenCredentials credentials = credentials();

    try (GradiantClient client =
        client(face, credentials, builder -> builder.timeout(Duration.ofSeconds(10)))) {
      ApiTimeoutException e =
          catchThrowableOfType(ApiTimeoutException.class, () -> face.me(client));

      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.getMessage())
          .isEqualTo(
              "GET /user timed out: its credentials were refused (HTTP 401) and renewed, too late"
                  + " to repeat it within its timeout; repeating the call uses the new"
                  + " credentials");
      assertThat(e.getCause())
          .isInstanceOf(CredentialsRenewedException.class)
          .isNotInstanceOf(AuthenticationException.class);
    }
    assertThat(sent()).isEqualTo(1);
    assertThat(credentials.tokens().accessToken()).isEqualTo("access-2");
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void withoutRetriesOneTransmissionAndTheRenewedCredentialsServeTheNextCall(Face face) {
    try (GradiantClient client = client(face, credentials(), builder -> builder.maxRetries(0))) {
      CredentialsRenewedException e =
          catchThrowableOfType(CredentialsRenewedException.class, () -> face.me(client));

      // the 401, but no sign-out: the credentials are valid again
      assertThat(e).isNotInstanceOf(AuthenticationException.class);
      assertThat(e.statusCode()).isEqualTo(401);
      assertThat(e.errorCode()).contains("INVALID_TOKEN");
      assertThat(e.attempts()).isEqualTo(1);
      assertThat(sent()).isEqualTo(1);
      assertThat(refreshes).hasValue(1);

      ApiResponse<User> next = face.me(client);

      assertThat(next.data().id()).isEqualTo("user_123");
      assertThat(next.metadata().attempts()).isEqualTo(1);
    }
    assertThat(sent("access-1")).isEqualTo(1);
    assertThat(sent("access-2")).isEqualTo(1);
    assertThat(refreshes).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRenewalWhenEarlierAttemptsSpentTheBudgetIsCredentialsRenewed(Face face) {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")).withHeader("Authorization", equalTo("Bearer access-1")),
        FaultServer.json(503, "{}"),
        FaultServer.json(401, EXPIRED));

    try (GradiantClient client = client(face, credentials(), builder -> builder.maxRetries(1))) {
      CredentialsRenewedException e =
          catchThrowableOfType(CredentialsRenewedException.class, () -> face.me(client));

      // 503, retried; 401 and renewed, but the one retry is spent
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.retryReason()).contains("HTTP 503");
    }
    assertThat(sent("access-1")).isEqualTo(2);
    assertThat(sent("access-2")).isZero();
    assertThat(refreshes).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void unauthorizedTwiceEndsTheCallAfterTwoTransmissions(Face face) {
    answer("access-2", aResponse().withStatus(401).withBody(EXPIRED));

    try (GradiantClient client = client(face, credentials(), builder -> builder)) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> face.me(client));

      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.retryReason()).contains("credentials renewed");
    }
    assertThat(sent()).isEqualTo(2);
    assertThat(refreshes).hasValue(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aSecondUnauthorizedInTheSameCallRenewsNothingAndSpendsTheSameBudget(Face face) {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")).withHeader("Authorization", equalTo("Bearer access-2")),
        FaultServer.json(503, "{}"),
        FaultServer.json(401, EXPIRED));

    try (GradiantClient client = client(face, credentials(), builder -> builder)) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> face.me(client));

      // 401, renewed and replayed; 503, retried; 401 again: the budget of 2 retries is spent
      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).contains("HTTP 503");
    }
    assertThat(sent()).isEqualTo(3);
    assertThat(refreshes).hasValue(1);
  }
}
