package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.ManualScheduler;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.users.User;
import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A token refresh that hangs cannot hold a call past its {@code timeout}: at the call's deadline
 * the call fails with an {@link ApiTimeoutException} and the application's thread is released, on
 * both faces, whether the refresh runs before the request (a stale token) or after a {@code 401}.
 * The refresh itself goes on, and serves the calls after it.
 *
 * <p>The deadline is told by a {@link ManualScheduler}: the test sees the client ask to be woken at
 * the deadline, checks how far ahead it is, and ends the wait itself. No test thread sleeps.
 */
class HangingRefreshTest {
  private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(NOW);
  private final ManualScheduler timer = new ManualScheduler();
  private final AtomicInteger refreshes = new AtomicInteger();
  private final CountDownLatch refreshStarted = new CountDownLatch(1);
  private final CountDownLatch refreshMayEnd = new CountDownLatch(1);
  private final CountDownLatch refreshed = new CountDownLatch(1);
  private final ExecutorService application = Executors.newSingleThreadExecutor();

  HangingRefreshTest() {
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
  void releaseTheRefresh() {
    refreshMayEnd.countDown();
    application.shutdownNow();
  }

  /**
   * access-1 expires at {@code expiresAt}; the refresh to access-2 waits for the test, and says
   * when the new tokens are in use.
   */
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
              refreshes.incrementAndGet();
              refreshStarted.countDown();
              await(refreshMayEnd);
              return TokenSet.builder()
                  .accessToken("access-2")
                  .refreshToken("refresh-2")
                  .expiresAt(NOW.plusSeconds(900))
                  .build();
            })
        .onRotation(tokens -> refreshed.countDown())
        .clock(time)
        .build();
  }

  private GradiantClient client(Face face, RefreshingTokenCredentials credentials) {
    return TestClients.withCredentialsTimer(
            face.builder(wireMock.apiBaseUrl(), time).credentials(credentials).timeout(TIMEOUT),
            timer)
        .build();
  }

  private static int sent(String token) {
    return wireMock
        .findAll(
            getRequestedFor(urlEqualTo("/v1/user"))
                .withHeader("Authorization", equalTo("Bearer " + token)))
        .size();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(5, TimeUnit.SECONDS)).as("the latch opened").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes one call on the application's thread, lets the deadline come while the refresh hangs, and
   * returns what the call failed with once its thread was released.
   */
  private Throwable callUntilTheDeadline(Face face, GradiantClient client) throws Exception {
    Future<Throwable> call = application.submit(() -> catchThrowable(() -> face.me(client)));
    ManualScheduler.Wait deadline = timer.nextWait();
    await(refreshStarted);
    assertThat(deadline.duration()).isEqualTo(TIMEOUT);
    assertThat(call.isDone()).isFalse();

    deadline.future().complete(null);

    return call.get(5, TimeUnit.SECONDS);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRefreshBeforeTheRequestThatHangsTimesTheCallOutAtItsDeadline(Face face) throws Exception {
    RefreshingTokenCredentials credentials = credentials(NOW.minusSeconds(1));

    try (GradiantClient client = client(face, credentials)) {
      Throwable thrown = callUntilTheDeadline(face, client);

      assertThat(thrown)
          .isInstanceOf(ApiTimeoutException.class)
          .hasMessage(
              "GET /user timed out: its credentials were not ready within its timeout (a token"
                  + " refresh still running goes on for later calls)");
      assertThat(((ApiTimeoutException) thrown).attempts()).isEqualTo(1);
      assertThat(sent("access-1") + sent("access-2")).isZero();

      // the refresh goes on, and the next call uses what it obtained
      refreshMayEnd.countDown();
      await(refreshed);
      assertThat(face.me(client).data().id()).isEqualTo("user_123");
    }
    assertThat(refreshes).hasValue(1);
    assertThat(sent("access-2")).isEqualTo(1);
    assertThat(credentials.tokens().accessToken()).isEqualTo("access-2");
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRenewalAfterUnauthorizedThatHangsTimesTheCallOutAtItsDeadline(Face face) throws Exception {
    RefreshingTokenCredentials credentials = credentials(NOW.plusSeconds(600));

    try (GradiantClient client = client(face, credentials)) {
      Throwable thrown = callUntilTheDeadline(face, client);

      assertThat(thrown).isInstanceOf(ApiTimeoutException.class);
      assertThat(((ApiTimeoutException) thrown).attempts()).isEqualTo(1);
      assertThat(sent("access-1")).isEqualTo(1);
      assertThat(sent("access-2")).isZero();

      refreshMayEnd.countDown();
      await(refreshed);
      assertThat(face.me(client).data().id()).isEqualTo("user_123");
    }
    assertThat(refreshes).hasValue(1);
    assertThat(sent("access-1")).isEqualTo(1);
    assertThat(sent("access-2")).isEqualTo(1);
  }

  @Test
  void cancellingAnAsynchronousCallStopsItsWaitForTheRefresh() {
    RefreshingTokenCredentials credentials = credentials(NOW.minusSeconds(1));

    try (GradiantClient client = client(Face.ASYNC, credentials)) {
      CompletableFuture<User> call = client.async().users().me();
      ManualScheduler.Wait deadline = timer.nextWait();
      await(refreshStarted);

      call.cancel(true);

      assertThat(deadline.dropped()).isTrue();
      refreshMayEnd.countDown();
      await(refreshed);
      assertThat(AsyncResults.await(client.async().users().me()).id()).isEqualTo("user_123");
    }
    assertThat(refreshes).hasValue(1);
    assertThat(sent("access-1")).isZero();
    assertThat(sent("access-2")).isEqualTo(1);
  }
}
