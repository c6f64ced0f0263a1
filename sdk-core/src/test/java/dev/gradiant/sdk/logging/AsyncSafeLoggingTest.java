package dev.gradiant.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.AsyncResults;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.users.UserCreateParams;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Asynchronous calls log the same lines as blocking ones, and no more: no secret, no PII. */
class AsyncSafeLoggingTest {
  private final MockApi api = MockApi.start();

  @BeforeEach
  void clear() {
    CapturedLogs.clear();
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void asynchronousCallsLogEachAttemptWithoutSecretsOrPersonalData() {
    // The dropped connection first: on a fresh connection OkHttp does not silently retry it.
    api.enqueue(
            new MockResponse.Builder()
                .code(200)
                .onResponseStart(new SocketEffect.CloseSocket())
                .build())
        .enqueueJson(201, Payloads.envelope(Payloads.USER), "X-Request-ID", "req_created")
        .enqueueJson(
            422,
            "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"user@example.com is"
                + " taken\"}}");
    UserCreateParams john =
        UserCreateParams.builder()
            .email("user@example.com")
            .firstName("John")
            .dateOfBirth(LocalDate.of(1990, 1, 1))
            .build();

    try (GradiantClient client = api.client()) {
      AsyncResults.failure(ConnectionException.class, client.async().users().me());
      AsyncResults.await(client.async().users().create(john));
      AsyncResults.failure(UnprocessableEntityException.class, client.async().users().create(john));
    }

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(
            line -> line.contains("POST /users -> 201 (attempt 1") && line.contains("req_created"))
        .anyMatch(line -> line.contains("POST /users -> 422 (attempt 1"))
        .anyMatch(line -> line.contains("GET /user -> ConnectionException (attempt 1"));
    for (String secret :
        List.of(MockApi.TOKEN, "Authorization", "user@example.com", "John", "1990-01-01")) {
      assertThat(lines)
          .as("log lines containing " + secret)
          .noneMatch(line -> line.contains(secret));
    }
  }
}
