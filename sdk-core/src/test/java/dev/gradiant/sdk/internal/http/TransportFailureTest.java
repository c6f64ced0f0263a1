package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.GradiantException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** When no response arrives, the failure is a typed exception naming the endpoint template. */
class TransportFailureTest {

  @Test
  void refusedConnectionIsAConnectionException() {
    String baseUrl;
    try (MockApi stopped = MockApi.start()) {
      baseUrl = stopped.baseUrl();
    }
    try (GradiantClient client = GradiantClient.builder().apiToken("t").baseUrl(baseUrl).build()) {

      ConnectionException e =
          catchThrowableOfType(ConnectionException.class, () -> client.users().get("user_123"));

      assertThat(e).isInstanceOf(GradiantException.class);
      assertThat(e.getMessage()).startsWith("GET /users/{id} failed before a response arrived");
      assertThat(e.getMessage()).doesNotContain("user_123");
    }
  }

  @Test
  void connectionDroppedMidResponseIsAConnectionException() {
    try (MockApi api = MockApi.start();
        GradiantClient client = api.client()) {
      api.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(Payloads.envelope(Payloads.USER))
              .onResponseStart(new SocketEffect.CloseSocket())
              .build());

      ConnectionException e =
          catchThrowableOfType(ConnectionException.class, () -> client.users().me());

      assertThat(e.getMessage()).startsWith("GET /user failed before a response arrived");
    }
  }

  @Test
  void slowResponseIsAnApiTimeoutException() {
    try (MockApi api = MockApi.start();
        GradiantClient client =
            api.builder().apiToken("t").readTimeout(Duration.ofMillis(200)).build()) {
      api.enqueue(
          new MockResponse.Builder()
              .code(200)
              .body(Payloads.envelope(Payloads.USER))
              .headersDelay(5, TimeUnit.SECONDS)
              .build());

      ApiTimeoutException e =
          catchThrowableOfType(ApiTimeoutException.class, () -> client.users().me());

      assertThat(e.getMessage()).startsWith("GET /user timed out");
    }
  }
}
