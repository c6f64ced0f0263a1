package dev.gradiant.sdk.hostile;

import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.AsyncResults.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.ServerException;
import dev.gradiant.sdk.users.User;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * OkHttp's follow-up step answers some statuses by itself, before the SDK sees them: it re-sends a
 * request at once on a {@code 503} with {@code Retry-After: 0} (whatever its retry settings), and
 * asks a client's authenticator to answer a {@code 401}. Each would be a transmission that {@code
 * maxRetries} does not allow and {@code attempts()} does not count.
 */
class OkHttpFollowUpsTest {
  private static final String USER = Payloads.envelope(Payloads.USER);
  private static final String UNAVAILABLE =
      "{\"error\": {\"code\": \"SERVICE_UNAVAILABLE\", \"message\": \"down for a moment\"}}";

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));

  @AfterEach
  void stopServer() {
    api.close();
  }

  private GradiantClient client(Face face, int maxRetries) {
    return face.builder(api.baseUrl(), time).apiToken(MockApi.TOKEN).maxRetries(maxRetries).build();
  }

  @Test
  void withoutRetriesAServiceUnavailableSayingRetryNowIsSentOnce() {
    api.enqueueJson(503, UNAVAILABLE, "Retry-After", "0").enqueueJson(200, USER);

    try (GradiantClient client = client(Face.BLOCKING, 0)) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.metadata().header("Retry-After")).hasValue("0");
      assertThat(e.metadata().header("X-Gradiant-Held-Retry-After")).isEmpty();
    }
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void asyncWithoutRetriesAServiceUnavailableSayingRetryNowIsSentOnce() {
    api.enqueueJson(503, UNAVAILABLE, "Retry-After", "0").enqueueJson(200, USER);

    try (GradiantClient client = client(Face.ASYNC, 0)) {
      ServerException e = failure(ServerException.class, client.async().users().me());

      assertThat(e.attempts()).isEqualTo(1);
      assertThat(e.metadata().header("Retry-After")).hasValue("0");
    }
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void theSdkRetriesAServiceUnavailableSayingRetryNowAndCountsIt() {
    api.enqueueJson(503, UNAVAILABLE, "Retry-After", "0").enqueueJson(200, USER);

    try (GradiantClient client = client(Face.BLOCKING, 1)) {
      ApiResponse<User> response = client.users().withRawResponse().me();

      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).contains("HTTP 503");
    }
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void asyncTheSdkRetriesAServiceUnavailableSayingRetryNowAndCountsIt() {
    api.enqueueJson(503, UNAVAILABLE, "Retry-After", "0").enqueueJson(200, USER);

    try (GradiantClient client = client(Face.ASYNC, 1)) {
      ApiResponse<User> response = await(client.async().users().withRawResponse().me());

      assertThat(response.metadata().attempts()).isEqualTo(2);
    }
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void aServiceUnavailableWithARetryAfterTooLargeForOkHttpIsAServerException() {
    api.enqueueJson(503, UNAVAILABLE, "Retry-After", "99999999999999999999");

    try (GradiantClient client = client(Face.BLOCKING, 0)) {
      ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.metadata().header("Retry-After")).hasValue("99999999999999999999");
    }
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void aHandedInClientsAuthenticatorIsNotAskedToAnswerTheApisUnauthorized() {
    AtomicInteger asked = new AtomicInteger();
    OkHttpClient own =
        new OkHttpClient.Builder()
            .authenticator(
                (route, response) -> {
                  asked.incrementAndGet();
                  return response
                      .request()
                      .newBuilder()
                      .header("Authorization", "Bearer from-the-app")
                      .build();
                })
            .build();
    String unauthorized = "{\"error\": {\"code\": \"UNAUTHORIZED\", \"message\": \"bad token\"}}";
    // Each call meets a 401; the 200s behind them are what a re-send by the authenticator gets.
    api.enqueueJson(401, unauthorized).enqueueJson(401, unauthorized);
    api.enqueueJson(200, USER).enqueueJson(200, USER);

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time).apiToken(MockApi.TOKEN).httpClient(own).build()) {
      catchThrowableOfType(AuthenticationException.class, () -> client.users().me());
      assertThat(api.requestCount()).isEqualTo(1);
      failure(AuthenticationException.class, client.async().users().me());
      assertThat(api.requestCount()).isEqualTo(2);
    } finally {
      own.dispatcher().executorService().shutdown();
      own.connectionPool().evictAll();
    }
    assertThat(asked).hasValue(0);
    assertThat(own.authenticator()).isNotSameAs(okhttp3.Authenticator.NONE);
  }
}
