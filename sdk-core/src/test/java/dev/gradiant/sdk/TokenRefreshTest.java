package dev.gradiant.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.BadRequestException;
import dev.gradiant.sdk.users.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Expiring OAuth/JWT credentials renew once, however many threads find them stale. */
class TokenRefreshTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(NOW);
  private final AtomicInteger refreshes = new AtomicInteger();
  private final List<TokenSet> rotated = new ArrayList<>();

  TokenRefreshTest() {
    wireMock.resetAll();
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-2"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Payloads.envelope(Payloads.USER))));
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-1"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\": {\"code\": \"INVALID_TOKEN\", \"message\": \"expired\"}}")));
  }

  @BeforeAll
  static void startServer() {
    wireMock.start();
  }

  @AfterAll
  static void stopServer() {
    wireMock.stop();
  }

  private RefreshingTokenCredentials credentials(Instant expiresAt) {
    return RefreshingTokenCredentials.builder()
        .tokens(
            TokenSet.builder()
                .accessToken("access-1")
                .refreshToken("refresh-1")
                .expiresAt(expiresAt)
                .build())
        .refresher(
            refreshToken -> {
              assertThat(refreshToken).isEqualTo("refresh-1");
              refreshes.incrementAndGet();
              return TokenSet.builder()
                  .accessToken("access-2")
                  .refreshToken("refresh-2")
                  .expiresAt(NOW.plusSeconds(900))
                  .build();
            })
        .onRotation(rotated::add)
        .clock(time)
        .build();
  }

  private GradiantClient client(RefreshingTokenCredentials credentials) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(wireMock.apiBaseUrl())
        .credentials(credentials)
        .clock(time)
        .sleeper(time)
        .build();
  }

  @Test
  void unauthorizedRefreshesOnceAndReplaysOnce() {
    RefreshingTokenCredentials credentials = credentials(NOW.plusSeconds(600));

    try (GradiantClient client = client(credentials)) {
      User user = client.users().me();

      assertThat(user.id()).isEqualTo("user_123");
    }
    assertThat(refreshes).hasValue(1);
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-1")));
    wireMock.verify(
        1,
        getRequestedFor(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-2")));
    assertThat(rotated)
        .extracting(TokenSet::refreshToken)
        .containsExactly(Optional.of("refresh-2"));
    assertThat(credentials.tokens().accessToken()).isEqualTo("access-2");
  }

  @Test
  void tokenCloseToExpiryIsRefreshedBeforeTheRequest() {
    try (GradiantClient client = client(credentials(NOW.plusSeconds(10)))) {
      client.users().me();
    }
    assertThat(refreshes).hasValue(1);
    wireMock.verify(
        0,
        getRequestedFor(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-1")));
  }

  @Test
  void sixteenThreadsOnAnExpiredTokenCauseOneRefresh() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try (GradiantClient client = client(credentials(NOW.minusSeconds(1)))) {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<User>> calls = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return client.users().me();
                }));
      }
      start.countDown();
      for (Future<User> call : calls) {
        assertThat(call.get(30, TimeUnit.SECONDS).id()).isEqualTo("user_123");
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(refreshes).hasValue(1);
    assertThat(rotated).hasSize(1);
    wireMock.verify(16, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void unauthorizedAfterTheReplayIsNotRefreshedAgain() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-2"))
            .willReturn(aResponse().withStatus(401).withBody("{}")));

    try (GradiantClient client = client(credentials(NOW.plusSeconds(600)))) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> client.users().me());

      assertThat(e.statusCode()).isEqualTo(401);
    }
    assertThat(refreshes).hasValue(1);
    wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void failedRefreshSurfacesAsAuthenticationException() {
    RefreshingTokenCredentials credentials =
        RefreshingTokenCredentials.builder()
            .tokens(
                TokenSet.builder()
                    .accessToken("access-1")
                    .refreshToken("refresh-1")
                    .expiresAt(NOW.minusSeconds(1))
                    .build())
            .refresher(
                refreshToken -> {
                  throw new BadRequestException(
                      ApiError.builder()
                          .code("invalid_grant")
                          .message("refresh token revoked")
                          .build(),
                      ResponseMetadata.builder()
                          .statusCode(400)
                          .headers(HttpHeaders.of())
                          .requestId("req_refresh")
                          .build(),
                      "");
                })
            .clock(time)
            .build();

    try (GradiantClient client = client(credentials)) {
      AuthenticationException e =
          catchThrowableOfType(AuthenticationException.class, () -> client.users().me());

      assertThat(e.errorCode()).contains("invalid_grant");
      assertThat(e.requestId()).contains("req_refresh");
    }
    wireMock.verify(0, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void plainTokenIsNotRefreshedOnUnauthorized() {
    try (GradiantClient client =
        GradiantClient.builder()
            .environment(name -> null)
            .baseUrl(wireMock.apiBaseUrl())
            .apiToken("access-1")
            .build()) {
      catchThrowableOfType(AuthenticationException.class, () -> client.users().me());
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void toStringHidesTheTokens() {
    assertThat(credentials(NOW).toString()).doesNotContain("access-1", "refresh-1");
  }
}
