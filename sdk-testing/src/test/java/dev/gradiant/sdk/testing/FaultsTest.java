package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.users.User;
import dev.gradiant.sdk.users.UserCreateParams;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  @Test
  void sdkRetriesAbsorbFailuresAndAPostIsCarriedOutOnce() {
    sandbox.failNext(2, 503);

    ApiResponse<User> response =
        client
            .users()
            .withRawResponse()
            .create(UserCreateParams.builder().email("retry@clinic.example").build());

    assertThat(response.metadata().attempts()).isEqualTo(3);
    assertThat(response.metadata().retryReason()).contains("HTTP 503");
    List<RecordedRequest> posts =
        sandbox.requests().stream().filter(r -> r.method().equals("POST")).toList();
    assertThat(posts).extracting(RecordedRequest::status).containsExactly(503, 503, 201);
    assertThat(posts)
        .extracting(r -> r.header("Idempotency-Key"))
        .containsOnly(posts.get(0).header("Idempotency-Key"));
    assertThat(client.users().list().total()).contains(6L);
  }

  @Test
  void failuresBeyondTheRetriesReachTheCaller() {
    sandbox.failNext(3, 500);

    assertThatThrownBy(() -> client.health().check())
        .isInstanceOfSatisfying(
            ServerException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(500);
              assertThat(e.attempts()).isEqualTo(3);
            });
  }

  @Test
  void injectedRateLimitsCarryRetryAfter() {
    sandbox.failNext(1, 429, Duration.ofSeconds(0));

    ApiResponse<User> response = client.users().withRawResponse().me();

    assertThat(response.metadata().attempts()).isEqualTo(2);
    assertThat(response.metadata().retryReason()).contains("HTTP 429");
  }

  @Test
  void droppedConnectionsAreRetried() {
    sandbox.dropNext(1);

    ApiResponse<User> response =
        client
            .users()
            .withRawResponse()
            .create(UserCreateParams.builder().email("dropped@clinic.example").build());

    assertThat(response.metadata().attempts()).isEqualTo(2);
    assertThat(response.metadata().retryReason()).contains("connection failed");
    assertThat(sandbox.requests())
        .filteredOn(r -> r.method().equals("POST"))
        .extracting(RecordedRequest::status)
        .containsExactly(0, 201);
    assertThat(client.users().list().total()).contains(6L);
  }

  @Test
  void droppedConnectionsBeyondTheRetriesFailTheCall() {
    sandbox.dropNext(3);

    assertThatThrownBy(() -> client.users().me())
        .isInstanceOfSatisfying(
            ConnectionException.class, e -> assertThat(e.attempts()).isEqualTo(3));
  }

  @Test
  void delayedAnswersTripTheClientTimeoutAndAreRetried() {
    try (GradiantClient impatient =
        TestSupport.builder(sandbox)
            .apiToken(sandbox.apiToken())
            .callTimeout(Duration.ofMillis(300))
            .build()) {
      sandbox.delayNext(Duration.ofMillis(800));

      ApiResponse<User> response = impatient.users().withRawResponse().me();

      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).contains("timeout");
    }
  }

  @Test
  void delaysWithoutATimeoutJustSlowTheAnswer() {
    sandbox.delayNext(2, Duration.ofMillis(150));
    long start = System.nanoTime();

    client.health().check();
    client.health().check();

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void clearFaultsForgetsWhatWasQueued() {
    sandbox.failNext(5, 500);
    sandbox.dropNext(5);
    sandbox.delayNext(5, Duration.ofSeconds(5));

    sandbox.clearFaults();

    assertThat(client.users().withRawResponse().me().metadata().attempts()).isEqualTo(1);
  }

  @Test
  void injectedClientErrorsAreNotRetried() {
    sandbox.failNext(1, 418);

    assertThatThrownBy(() -> client.users().me())
        .isInstanceOfSatisfying(
            dev.gradiant.sdk.errors.ApiException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(418);
              assertThat(e.attempts()).isEqualTo(1);
            });
  }

  @Test
  void theRateLimitAnswers429WithRetryAfterAndHeadersEverywhere() {
    try (GradiantSandbox limited =
            GradiantSandbox.builder().rateLimit(3, Duration.ofSeconds(30)).start();
        GradiantClient once =
            TestSupport.builder(limited).apiToken(limited.apiToken()).maxRetries(0).build()) {
      HttpResponse<String> first = TestSupport.send(limited, "GET", "/health", null);
      assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("3");
      assertThat(first.headers().firstValue("X-RateLimit-Remaining")).contains("2");
      long reset = Long.parseLong(first.headers().firstValue("X-RateLimit-Reset").orElseThrow());
      assertThat(reset)
          .isBetween(
              System.currentTimeMillis() / 1000 + 25, System.currentTimeMillis() / 1000 + 31);
      TestSupport.send(limited, "GET", "/health", null);
      TestSupport.send(limited, "GET", "/health", null);

      HttpResponse<String> refused = TestSupport.send(limited, "GET", "/users", null);
      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).contains("0");
      assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
          .isBetween(1L, 30L);
      assertThat(TestSupport.json(refused).at("/error/code").asText())
          .isEqualTo("RATE_LIMIT_EXCEEDED");
      assertThatThrownBy(() -> once.users().me())
          .isInstanceOfSatisfying(
              RateLimitException.class,
              e -> assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isPositive()));
    }
  }

  @Test
  void theSdkWaitsOutAShortRateLimitWindow() {
    try (GradiantSandbox limited =
            GradiantSandbox.builder().rateLimit(2, Duration.ofSeconds(1)).start();
        GradiantClient sdk = TestSupport.client(limited)) {
      for (int i = 0; i < 3; i++) {
        sdk.health().check();
      }

      assertThat(limited.requests().stream().filter(r -> r.status() == 200)).hasSize(3);
    }
  }

  @Test
  void fixedClockStillCountsTheWindow() {
    try (GradiantSandbox limited =
        GradiantSandbox.builder()
            .clock(new MutableClock(java.time.Instant.parse("2024-01-01T00:00:00.500Z")))
            .rateLimit(1)
            .start()) {
      TestSupport.send(limited, "GET", "/health", null);
      HttpResponse<String> refused = TestSupport.send(limited, "GET", "/health", null);

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.headers().firstValue("Retry-After")).contains("60");
      assertThat(refused.headers().firstValue("X-RateLimit-Reset")).contains("1704067261");
      limited.reset();
      assertThat(TestSupport.send(limited, "GET", "/health", null).statusCode()).isEqualTo(200);
    }
  }
}
