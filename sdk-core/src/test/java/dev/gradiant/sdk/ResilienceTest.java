package dev.gradiant.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import dev.gradiant.sdk.users.UserListParams;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fault injection with WireMock: what is retried, how long the client waits, what is sent. */
class ResilienceTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER_BODY = Payloads.envelope(Payloads.USER);

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(START);

  ResilienceTest() {
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

  /** Default retry policy, a fake clock and sleeper, and jitter fixed at the middle. */
  private GradiantClientBuilder builder() {
    return GradiantClient.builder()
        .environment(name -> null)
        .baseUrl(wireMock.apiBaseUrl())
        .apiToken("tok_live_9f8e7d")
        .clock(time)
        .sleeper(time)
        .jitter(() -> 0.5);
  }

  private static UserCreateParams newUser() {
    return UserCreateParams.builder().email("user@example.com").build();
  }

  @Test
  void twoServiceUnavailablesThenCreatedIsOneCreateWithOneIdempotencyKey() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/users")),
        FaultServer.json(503, "{}"),
        FaultServer.json(503, "{}"),
        FaultServer.json(201, USER_BODY));

    try (GradiantClient client = builder().build()) {
      ApiResponse<User> response = client.users().withRawResponse().create(newUser());

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
    assertThat(sent)
        .extracting(LoggedRequest::getBodyAsString)
        .containsOnly("{\"email\":\"user@example.com\"}");
    // full jitter at 0.5: half of 0.5 s, then half of 1 s
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void connectionResetAfterTheRequestWasSentIsRetriedWithTheSameKey() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/users")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        FaultServer.json(201, USER_BODY));

    try (GradiantClient client = builder().build()) {
      ApiResponse<User> response = client.users().withRawResponse().create(newUser());

      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).contains("connection failed");
    }
    List<LoggedRequest> sent = wireMock.findAll(postRequestedFor(urlEqualTo("/v1/users")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).getHeader("Idempotency-Key"))
        .isEqualTo(sent.get(0).getHeader("Idempotency-Key"));
  }

  @Test
  void retryAfterIsObeyedExactly() {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(
                429, "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow down\"}}")
            .withHeader("Retry-After", "2"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().build()) {
      assertThat(client.users().me().id()).isEqualTo("user_123");
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @Test
  void retryAfterAnHttpDateIsMeasuredFromTheClock() {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(503, "{}").withHeader("Retry-After", "Sun, 22 Nov 2026 10:00:07 GMT"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().build()) {
      client.users().me();
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
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
      client.users().me();
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterBeyondTheCeilingFailsAtOnceWithTheWait() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(FaultServer.json(429, "{}").withHeader("Retry-After", "120")));

    try (GradiantClient client = builder().build()) {
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> client.users().me());

      assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(time.sleeps()).isEmpty();
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void aWaitThatWouldPassTheDeadlineFailsNow() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(FaultServer.json(503, "{}").withHeader("Retry-After", "30")));

    try (GradiantClient client = builder().timeout(Duration.ofSeconds(20)).build()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

      assertThat(e.statusCode()).isEqualTo(503);
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
      ApiTimeoutException e =
          catchThrowableOfType(ApiTimeoutException.class, () -> client.users().me());

      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).contains("timeout");
      assertThat(e.getMessage()).endsWith("(after 3 attempts)");
    }
    wireMock.verify(3, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void clientErrorsAreNeverRetried(int status) {
    wireMock.stubFor(get(urlEqualTo("/v1/user")).willReturn(FaultServer.json(status, "{}")));

    try (GradiantClient client = builder().build()) {
      ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().me());

      assertThat(e.statusCode()).isEqualTo(status);
      assertThat(e.attempts()).isEqualTo(1);
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
    assertThat(time.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 504})
  void transientStatusesAreRetried(int status) {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(status, "{}"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().build()) {
      assertThat(client.users().me().id()).isEqualTo("user_123");
    }
    wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void backoffCanBeSetPerRequest() {
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/user")),
        FaultServer.json(503, "{}"),
        FaultServer.json(503, "{}"),
        FaultServer.json(200, USER_BODY));

    try (GradiantClient client = builder().build()) {
      client
          .users()
          .withOptions(
              RequestOptions.builder()
                  .retryBackoff(Duration.ofSeconds(1), Duration.ofMillis(1500))
                  .build())
          .me();
    }
    // jitter 0.5 of min(1.5 s, 1 s) then of min(1.5 s, 2 s)
    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(750));
  }

  @Test
  void retriesCanBeTurnedOffPerRequest() {
    wireMock.stubFor(get(urlEqualTo("/v1/user")).willReturn(FaultServer.json(503, "{}")));

    try (GradiantClient client = builder().build()) {
      catchThrowableOfType(
          ServerException.class,
          () -> client.users().withOptions(RequestOptions.builder().maxRetries(0).build()).me());
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
  }

  @Test
  void htmlFromAProxyOnEveryAttemptEndsAsAServerExceptionWithAnExcerpt() {
    wireMock.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withHeader("Content-Type", "text/html")
                    .withBody("<html><body>" + "bad gateway ".repeat(1000) + "</body></html>")));

    try (GradiantClient client = builder().build()) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

      assertThat(e.attempts()).isEqualTo(3);
      assertThat(e.retryReason()).contains("HTTP 502");
      assertThat(e.rawBody()).startsWith("<html>").hasSize(ApiException.MAX_RAW_BODY_CHARS);
      assertThat(e.getMessage()).contains("after 3 attempts");
    }
  }

  @Test
  void autoPaginationWalkSurvivesAFailedPageAndYieldsEveryItemOnce() {
    String page1 = Payloads.list(user("u1") + "," + user("u2"), 5, 2, 0);
    String page2 = Payloads.list(user("u3") + "," + user("u4"), 5, 2, 2);
    String page3 = Payloads.list(user("u5"), 5, 2, 4);
    wireMock.stubFor(get(urlEqualTo("/v1/users?limit=2")).willReturn(FaultServer.json(200, page1)));
    wireMock.sequence(
        () -> get(urlEqualTo("/v1/users?limit=2&offset=2")),
        FaultServer.json(503, "{}"),
        FaultServer.json(200, page2));
    wireMock.stubFor(
        get(urlEqualTo("/v1/users?limit=2&offset=4")).willReturn(FaultServer.json(200, page3)));

    try (GradiantClient client = builder().build()) {
      List<String> ids =
          client.users().list(UserListParams.builder().limit(2).build()).autoPager().stream()
              .map(User::id)
              .toList();

      assertThat(ids).containsExactly("u1", "u2", "u3", "u4", "u5");
    }
    wireMock.verify(2, getRequestedFor(urlEqualTo("/v1/users?limit=2&offset=2")));
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/users?limit=2&offset=4")));
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
      client.users().me();
      client.users().me();
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
      client.users().me();
      RateLimitException e =
          catchThrowableOfType(RateLimitException.class, () -> client.users().me());

      assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
      assertThat(e.getMessage()).contains("was not sent");
    }
    wireMock.verify(1, getRequestedFor(urlEqualTo("/v1/user")));
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void clientSideLimitSpacesCallsOut() {
    wireMock.stubFor(get(urlPathEqualTo("/v1/user")).willReturn(FaultServer.json(200, USER_BODY)));

    try (GradiantClient client = builder().rateLimit(2).build()) {
      client.users().me();
      client.users().me();
      client.users().me();
    }
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    wireMock.verify(
        3,
        getRequestedFor(urlEqualTo("/v1/user"))
            .withHeader("Authorization", equalTo("Bearer tok_live_9f8e7d")));
  }

  private static String user(String id) {
    return Payloads.USER.replace("user_123", id);
  }
}
