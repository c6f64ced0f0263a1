package dev.gradiant.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.HttpHeaders;
import dev.gradiant.sdk.core.RenewableCredentials;
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
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renewable credentials under the asynchronous client: one refresh for any number of stale or
 * rejected callers, awaited without blocking the calling thread, one replay after a {@code 401}.
 */
class AsyncTokenRefreshTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(NOW);
  private final AtomicInteger refreshes = new AtomicInteger();
  private final List<String> refreshThreads = new ArrayList<>();
  private final ExecutorService refreshPool = Executors.newSingleThreadExecutor();

  AsyncTokenRefreshTest() {
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

  @AfterEach
  void stopPool() {
    refreshPool.shutdownNow();
  }

  private RefreshingTokenCredentials.Builder credentials(Instant expiresAt) {
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
              synchronized (refreshThreads) {
                refreshThreads.add(Thread.currentThread().getName());
              }
              return TokenSet.builder()
                  .accessToken("access-2")
                  .refreshToken("refresh-2")
                  .expiresAt(NOW.plusSeconds(900))
                  .build();
            })
        .clock(time);
  }

  private GradiantClient client(RefreshingTokenCredentials credentials) {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(wireMock.apiBaseUrl())
        .credentials(credentials)
        .clock(time)
        .sleeper(time)
        .scheduler(new FakeScheduler(time))
        .build();
  }

  private static List<CompletableFuture<User>> sixteenCalls(GradiantClient client) {
    List<CompletableFuture<User>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(client.async().users().me());
    }
    return calls;
  }

  @Test
  void sixteenConcurrentCallsRejectedWithUnauthorizedCauseOneRefreshAndOneReplayEach() {
    RefreshingTokenCredentials credentials =
        credentials(NOW.plusSeconds(600)).refreshExecutor(refreshPool).build();

    try (GradiantClient client = client(credentials)) {
      for (CompletableFuture<User> call : sixteenCalls(client)) {
        assertThat(await(call).id()).isEqualTo("user_123");
      }
    }
    assertThat(refreshes).hasValue(1);
    assertThat(refreshThreads).allMatch(name -> !name.startsWith("OkHttp"));
    wireMock.verify(
        16,
        getRequestedFor(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-2")));
    int rejected =
        wireMock
            .findAll(
                getRequestedFor(urlEqualTo("/v1/user"))
                    .withHeader("Authorization", equalTo("Bearer access-1")))
            .size();
    assertThat(rejected).isBetween(1, 16);
  }

  @Test
  void sixteenConcurrentCallsOnAnExpiredTokenCauseOneRefreshBeforeAnyRequest() {
    try (GradiantClient client = client(credentials(NOW.minusSeconds(1)).build())) {
      for (CompletableFuture<User> call : sixteenCalls(client)) {
        assertThat(await(call).id()).isEqualTo("user_123");
      }
    }
    assertThat(refreshes).hasValue(1);
    assertThat(refreshThreads).containsExactly("gradiant-token-refresh");
    wireMock.verify(16, getRequestedFor(urlEqualTo("/v1/user")));
    wireMock.verify(
        0,
        getRequestedFor(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-1")));
  }

  @Test
  void aStaleTokenIsNeverAwaitedOnTheCallingThread() {
    CountDownLatch release = new CountDownLatch(1);
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
                  awaitLatch(release);
                  refreshes.incrementAndGet();
                  return TokenSet.builder()
                      .accessToken("access-2")
                      .expiresAt(NOW.plusSeconds(900))
                      .build();
                })
            .refreshExecutor(refreshPool)
            .clock(time)
            .build();

    CompletableFuture<Map<String, String>> first = credentials.authHeadersAsync();
    CompletableFuture<Map<String, String>> second = credentials.authHeadersAsync();
    CompletableFuture<Boolean> renewed =
        credentials.renewAfterRejectionAsync(Map.of("Authorization", "Bearer access-1"));

    assertThat(first).isNotDone();
    assertThat(second).isNotDone();
    assertThat(renewed).isNotDone();
    release.countDown();
    assertThat(await(first)).containsEntry("Authorization", "Bearer access-2");
    assertThat(await(second)).isEqualTo(await(first));
    assertThat(await(renewed)).isTrue();
    assertThat(refreshes).hasValue(1);
    assertThat(credentials.tokens().refreshToken()).hasValue("refresh-1");
  }

  @Test
  void blockingAndAsynchronousCallersShareOneRefresh() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
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
                  awaitLatch(release);
                  refreshes.incrementAndGet();
                  return TokenSet.builder()
                      .accessToken("access-2")
                      .refreshToken("refresh-2")
                      .expiresAt(NOW.plusSeconds(900))
                      .build();
                })
            .refreshExecutor(refreshPool)
            .clock(time)
            .build();
    ExecutorService blockingCallers = Executors.newFixedThreadPool(4);
    try {
      CompletableFuture<Map<String, String>> async = credentials.authHeadersAsync();
      List<Future<Map<String, String>>> blocking = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        blocking.add(blockingCallers.submit(credentials::authHeaders));
      }
      release.countDown();

      assertThat(await(async)).containsEntry("Authorization", "Bearer access-2");
      for (Future<Map<String, String>> headers : blocking) {
        assertThat(headers.get(30, TimeUnit.SECONDS))
            .containsEntry("Authorization", "Bearer access-2");
      }
    } finally {
      blockingCallers.shutdownNow();
    }
    assertThat(refreshes).hasValue(1);
  }

  @Test
  void unauthorizedAfterTheReplayIsNotRefreshedAgain() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer access-2"))
            .willReturn(aResponse().withStatus(401).withBody("{}")));

    try (GradiantClient client = client(credentials(NOW.plusSeconds(600)).build())) {
      AuthenticationException e =
          failure(AuthenticationException.class, client.async().users().me());

      assertThat(e.statusCode()).isEqualTo(401);
    }
    assertThat(refreshes).hasValue(1);
    wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void failedRefreshFailsTheFutureWithAuthenticationException() {
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
          failure(AuthenticationException.class, client.async().users().me());

      assertThat(e.errorCode()).contains("invalid_grant");
      assertThat(e.requestId()).contains("req_refresh");
    }
    wireMock.verify(0, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void noRefreshTokenFailsTheFutureWithIllegalStateException() {
    RefreshingTokenCredentials credentials =
        RefreshingTokenCredentials.builder()
            .tokens(
                TokenSet.builder().accessToken("access-1").expiresAt(NOW.minusSeconds(1)).build())
            .refresher(refreshToken -> TokenSet.builder().accessToken("never").build())
            .clock(time)
            .build();

    try (GradiantClient client = client(credentials)) {
      failure(IllegalStateException.class, client.async().users().me());
    }
    wireMock.verify(0, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void aRejectingRefreshExecutorFailsTheFuture() {
    RefreshingTokenCredentials credentials =
        credentials(NOW.minusSeconds(1))
            .refreshExecutor(
                task -> {
                  throw new java.util.concurrent.RejectedExecutionException("full");
                })
            .build();

    failure(java.util.concurrent.RejectedExecutionException.class, credentials.authHeadersAsync());
    assertThat(refreshes).hasValue(0);
  }

  @Test
  void aCustomRenewableCredentialsWorksAsynchronouslyThroughItsBlockingMethods() {
    AtomicInteger renewals = new AtomicInteger();
    RenewableCredentials custom =
        new RenewableCredentials() {
          private volatile String token = "access-1";

          @Override
          public Map<String, String> authHeaders() {
            return Map.of("Authorization", "Bearer " + token);
          }

          @Override
          public boolean renewAfterRejection(Map<String, String> rejectedHeaders) {
            renewals.incrementAndGet();
            token = "access-2";
            return true;
          }
        };

    try (GradiantClient client =
        GradiantClient.builder()
            .environment(name -> null)
            .baseUrl(wireMock.apiBaseUrl())
            .credentials(custom)
            .scheduler(new FakeScheduler(time))
            .build()) {
      assertThat(await(client.async().users().me()).id()).isEqualTo("user_123");
    }
    assertThat(renewals).hasValue(1);
  }

  @Test
  void credentialsThatFailToGiveHeadersFailTheFutureWithoutSending() {
    IllegalStateException vaultDown = new IllegalStateException("vault unreachable");
    Credentials failing =
        () -> {
          throw vaultDown;
        };
    RenewableCredentials failingRenewal =
        new RenewableCredentials() {
          @Override
          public Map<String, String> authHeaders() {
            return Map.of("Authorization", "Bearer access-1");
          }

          @Override
          public boolean renewAfterRejection(Map<String, String> rejectedHeaders) {
            throw vaultDown;
          }
        };

    assertThat(failure(IllegalStateException.class, failing.authHeadersAsync()))
        .isSameAs(vaultDown);
    assertThat(
            failure(
                IllegalStateException.class,
                failingRenewal.renewAfterRejectionAsync(Map.of("Authorization", "Bearer x"))))
        .isSameAs(vaultDown);
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
