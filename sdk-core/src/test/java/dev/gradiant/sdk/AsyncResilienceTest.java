package dev.gradiant.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The resilience of {@link ResilienceTest}, through {@code client.async()}: the same retries, waits
 * and deadline, the waits scheduled on a {@link FakeScheduler} that records them in the fake time.
 */
class AsyncResilienceTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(START);

  AsyncResilienceTest() {
    wireMock.resetAll();
  }

  @BeforeAll
  static void startServer() {
    wireMock.start();
  }

  @AfterAll
  static void stopServer() {
    wireMock.stop();
  }

  /**
   * Default retry policy, a fake clock, a sleeper that fails if a blocking wait is attempted, and
   * jitter fixed at the middle.
   */
  private GradiantClientBuilder builder() {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(wireMock.apiBaseUrl())
        .apiToken("tok_live_9f8e7d")
        .clock(time)
        .sleeper(
            duration -> {
              throw new AssertionError("an asynchronous call slept for " + duration);
            })
        .scheduler(new FakeScheduler(time))
        .jitter(() -> 0.5);
  }

  @Test
  void twoServiceUnavailablesThenCreatedIsOneCreateWithOneIdempotencyKey() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/users")),
        FaultServer.json(503, "{}"),
        FaultServer.json(503, "{}"),
        FaultServer.json(201, USER_BODY));

    try (GradiantClient client = builder().build()) {
      ApiResponse<User> response =
          await(
              client
                  .async()
                  .users()
                  .withRawResponse()
                  .create(UserCreateParams.builder().email("user@example.com").build()));

      assertThat(response.data().id()).isEqualTo("user_123");
      assertThat(response.metadata().attempts()).isEqualTo(3);
      assertThat(response.metadata().retryReason()).contains("HTTP 503");
    }
    List<LoggedRequest> sent = wireMock.findAll(postRequestedFor(urlEqualTo("/v1/users")));
    assertThat(sent).hasSize(3);
    assertThat(sent)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .containsOnly(sent.get(0).getHeader("Idempotency-Key"))
        .doesNotContainNull();
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void connectionResetIsRetriedWithTheSameKey() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/users")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        FaultServer.json(201, USER_BODY));

    try (GradiantClient client = builder().build()) {
      ApiResponse<User> response =
          await(
              client
                  .async()
                  .users()
                  .withRawResponse()
                  .create(UserCreateParams.builder().email("user@example.com").build()));

      assertThat(response.metadata().retryReason()).contains("connection failed");
    }
    List<LoggedRequest> sent = wireMock.findAll(postRequestedFor(urlEqualTo("/v1/users")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
  }

  @Test
  void retryAfterIsWaitedOnTheScheduler() {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(
                429, "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow down\"}}")
            .withHeader("Retry-After", "2"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().build()) {
      assertThat(await(client.async().users().me()).id()).isEqualTo("user_123");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void tooManyRequestsWithoutRetryAfterWaitsUntilTheRateLimitReset() {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(429, "{}")
            .withHeader("X-RateLimit-Limit", "100")
            .withHeader("X-RateLimit-Remaining", "0")
            .withHeader("X-RateLimit-Reset", Long.toString(START.getEpochSecond() + 12)),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().build()) {
      await(client.async().users().me());
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterBeyondTheCeilingFailsAtOnceWithTheWait() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(FaultServer.json(429, "{}").withHeader("Retry-After", "120")));

    try (GradiantClient client = builder().build()) {
      RateLimitException e = failure(RateLimitException.class, client.async().users().me());

      assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void theDeadlineSpansEveryAttemptAndWait() {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(503, "{}").withHeader("Retry-After", "10"),
        FaultServer.json(503, "{}").withHeader("Retry-After", "15"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().timeout(Duration.ofSeconds(20)).build()) {
      ServerException e = failure(ServerException.class, client.async().users().me());

      // 10 s waited; 15 s more would end 25 s after the start, past the 20 s deadline
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.attempts()).isEqualTo(2);
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10));
    wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void perRequestTimeoutAppliesToAsynchronousCalls() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(FaultServer.json(503, "{}").withHeader("Retry-After", "30")));

    try (GradiantClient client = builder().build()) {
      failure(
          ServerException.class,
          client
              .async()
              .users()
              .withOptions(RequestOptions.builder().timeout(Duration.ofSeconds(20)).build())
              .me());
    }
    assertThat(time.sleeps()).isEmpty();
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void readTimeoutOnEveryAttemptFailsAfterOnePlusRetriesAttempts() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(FaultServer.json(200, USER_BODY).withFixedDelay(2_000)));

    try (GradiantClient client =
        builder().readTimeout(Duration.ofMillis(100)).maxRetries(2).build()) {
      ApiTimeoutException e = failure(ApiTimeoutException.class, client.async().users().me());

      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).contains("timeout");
      assertThat(e.getMessage()).endsWith("(after 3 attempts)");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void clientErrorsAreNeverRetried(int status) {
    wireMock.stubFor(get(urlEqualTo("/v1/user")).willReturn(FaultServer.json(status, "{}")));

    try (GradiantClient client = builder().build()) {
      ApiException e = failure(ApiException.class, client.async().users().me());

      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(e.attempts()).isEqualTo(1);
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void spentBudgetMakesTheNextCallWaitForTheReset() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(
                FaultServer.json(200, USER_BODY)
                    .withHeader("X-RateLimit-Limit", "100")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", Long.toString(START.getEpochSecond() + 15))));

    try (GradiantClient client = builder().build()) {
      await(client.async().users().me());
      await(client.async().users().me());
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(15));
    wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void budgetSpentForLongerThanTheCeilingFailsWithoutSending() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(
                FaultServer.json(200, USER_BODY)
                    .withHeader("X-RateLimit-Limit", "100")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", Long.toString(START.getEpochSecond() + 600))));

    try (GradiantClient client = builder().build()) {
      await(client.async().users().me());
      RateLimitException e = failure(RateLimitException.class, client.async().users().me());

      assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
      assertThat(e.getMessage()).contains("was not sent");
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void clientSideLimitSpacesCallsOut() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/user")).willReturn(FaultServer.json(200, USER_BODY)));

    try (GradiantClient client = builder().rateLimit(2).build()) {
      await(client.async().users().me());
      await(client.async().users().me());
      await(client.async().users().me());
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    wireMock.verify(3, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void blockingAndAsynchronousCallsWaitTheSame() {
    FakeTime blockingTime = new FakeTime(START);
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(503, "{}"),
        FaultServer.json(429, "{}").withHeader("Retry-After", "3"),
        FaultServer.json(200, USER_BODY),
        FaultServer.json(503, "{}"),
        FaultServer.json(429, "{}").withHeader("Retry-After", "3"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient blocking =
            builder().clock(blockingTime).sleeper(blockingTime).maxRetries(3).build();
        GradiantClient async = builder().maxRetries(3).build()) {
      ApiResponse<User> blocked = blocking.users().withRawResponse().me();
      ApiResponse<User> awaited = await(async.async().users().withRawResponse().me());

      assertThat(awaited.metadata().attempts()).isEqualTo(blocked.metadata().attempts());
      assertThat(awaited.metadata().retryReason()).isEqualTo(blocked.metadata().retryReason());
    }
    assertThat(time.sleeps()).isEqualTo(blockingTime.sleeps()).hasSize(2);
  }
}
