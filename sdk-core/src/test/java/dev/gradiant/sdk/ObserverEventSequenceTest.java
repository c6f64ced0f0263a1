package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.core.RateLimit;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an observer of a blocking call sees, event by event: a success, each kind of retry, a
 * renewal of the credentials and an error answer, on fake time (so every duration is exact) and all
 * on the caller's thread.
 */
class ObserverEventSequenceTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String USER = Payloads.envelope(Payloads.USER);

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(START);
  private final RecordingObserver observer = new RecordingObserver();

  @AfterEach
  void stop() {
    api.close();
  }

  private GradiantClient client() {
    return TestClients.blocking(api.baseUrl(), time)
        .apiToken(MockApi.TOKEN)
        .addObserver(observer)
        .build();
  }

  @Test
  void aSuccessIsCallStartAttemptStartResponseAndCallEndOnTheCallersThread() {
    api.enqueueJson(
        200,
        USER,
        "X-Request-ID",
        "req_1",
        "X-RateLimit-Limit",
        "100",
        "X-RateLimit-Remaining",
        "99",
        "X-RateLimit-Reset",
        "1795000000");

    try (GradiantClient client = client()) {
      client.users().get("user_123");
    }

    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id}",
            "attemptStart 1",
            "attemptResponse 1 200 PT0S req_1",
            "callEnd ok 200 attempts=1 PT0S req_1");
    assertThat(observer.threads()).containsOnly(Thread.currentThread().getName());
    CallStart start = (CallStart) observer.events().get(0);
    assertThat(start.call().serverAddress()).isEqualTo(HttpUrl.get(api.baseUrl()).host());
    assertThat(start.call().serverPort()).isEqualTo(api.server().getPort());
    assertThat(((AttemptResponse) observer.events().get(2)).rateLimit())
        .contains(
            RateLimit.builder()
                .limit(100)
                .remaining(99)
                .resetAt(Instant.ofEpochSecond(1795000000))
                .build());
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aServiceUnavailableThenOkReportsTheRetryWithItsStatusAndBackoff() {
    api.enqueueJson(503, "{}", "X-Request-ID", "req_1");
    api.enqueueJson(200, USER, "X-Request-ID", "req_2");

    try (GradiantClient client = client()) {
      client.users().get("user_123");
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofMillis(250));
    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id}",
            "attemptStart 1",
            "attemptResponse 1 503 PT0S req_1",
            "retry 1 STATUS 503 PT0.25S",
            "attemptStart 2",
            "attemptResponse 2 200 PT0S req_2",
            "callEnd ok 200 attempts=2 PT0.25S req_2");
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aTooManyRequestsWithRetryAfterReportsARateLimitRetryOfThatWait() {
    api.enqueueJson(429, "{}", "Retry-After", "2");
    api.enqueueJson(200, USER);

    try (GradiantClient client = client()) {
      client.users().get("user_123");
    }

    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id}",
            "attemptStart 1",
            "attemptResponse 1 429 PT0S no-id",
            "retry 1 RATE_LIMITED 429 PT2S",
            "attemptStart 2",
            "attemptResponse 2 200 PT0S no-id",
            "callEnd ok 200 attempts=2 PT2S no-id");
  }

  @Test
  void aConnectionFailureIsAnAttemptFailureThenAConnectionRetry() {
    api.enqueue(
        new MockResponse.Builder()
            .code(200)
            .onResponseStart(new SocketEffect.CloseSocket())
            .build());
    api.enqueueJson(200, USER, "X-Request-ID", "req_2");

    try (GradiantClient client = client()) {
      client.users().get("user_123");
    }

    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id}",
            "attemptStart 1",
            "attemptFailure 1 ConnectionException PT0S",
            "retry 1 CONNECTION_FAILURE PT0.25S",
            "attemptStart 2",
            "attemptResponse 2 200 PT0S req_2",
            "callEnd ok 200 attempts=2 PT0.25S req_2");
  }

  @Test
  void aRefusedTokenRenewedIsReplayedAtOnceAsACredentialsRetry() {
    api.enqueueJson(401, "{\"error\": {\"code\": \"UNAUTHORIZED\", \"message\": \"expired\"}}");
    api.enqueueJson(200, USER);
    AtomicBoolean renewed = new AtomicBoolean();
    RenewableCredentials credentials =
        new RenewableCredentials() {
          @Override
          public Map<String, String> authHeaders() {
            return Map.of("Authorization", renewed.get() ? "Bearer tok_new_2" : "Bearer tok_old_1");
          }

          @Override
          public boolean renewAfterRejection(Map<String, String> rejectedHeaders) {
            renewed.set(true);
            return true;
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .credentials(credentials)
            .addObserver(observer)
            .build()) {
      client.users().get("user_123");
    }

    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok_old_1");
    assertThat(api.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer tok_new_2");
    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id}",
            "attemptStart 1",
            "attemptResponse 1 401 PT0S no-id",
            "retry 1 CREDENTIALS_RENEWED 401 PT0S",
            "attemptStart 2",
            "attemptResponse 2 200 PT0S no-id",
            "callEnd ok 200 attempts=2 PT0S no-id");
  }

  @Test
  void aNotFoundIsOneAttemptAndEndsTheCallWithItsExceptionType() {
    api.enqueueJson(
        404,
        "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"no such user\"}}",
        "X-Request-ID",
        "req_404");

    Throwable thrown;
    try (GradiantClient client = client()) {
      thrown = catchThrowable(() -> client.users().get("user_404"));
    }

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(observer.lines())
        .containsExactly(
            "callStart getUser GET /users/{id}",
            "attemptStart 1",
            "attemptResponse 1 404 PT0S req_404",
            "callEnd NotFoundException 404 attempts=1 PT0S req_404");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void observersAreCalledInTheOrderTheyWereAdded() {
    api.enqueueJson(200, USER);
    List<String> order = new CopyOnWriteArrayList<>();
    CallObserver first =
        new CallObserver() {
          @Override
          public void onCallStart(CallStart event) {
            order.add("first");
          }
        };
    CallObserver second =
        new CallObserver() {
          @Override
          public void onCallStart(CallStart event) {
            order.add("second");
          }
        };

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time)
            .apiToken(MockApi.TOKEN)
            .addObserver(first)
            .addObserver(second)
            .build()) {
      client.users().get("user_123");
    }

    assertThat(order).containsExactly("first", "second");
  }
}
