package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.gradiant.sdk.AsyncResults.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.HonestRetryClients;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.NotFoundException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code DELETE} whose first answer was lost (the connection broke after the request may have
 * reached the server) and whose retry is answered {@code 404} is done: the lost attempt most likely
 * deleted the resource. The raw response says the success was inferred. A {@code 404} at the first
 * attempt, or after attempts that were all answered, is still a {@link NotFoundException}; so is
 * one to a booking's cancel, which has no booking to return (and whose repeat answers the cancelled
 * booking anyway).
 */
class LostDeleteAnswerTest {
  private static final String NOT_FOUND =
      "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"not found\"}}";

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));

  LostDeleteAnswerTest() {
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

  private GradiantClient client() {
    return HonestRetryClients.onFakeTime(wireMock.apiBaseUrl(), time).apiKey("key_live").build();
  }

  private static void answers(String path, ResponseDefinitionBuilder... answers) {
    wireMock.sequence(() -> delete(urlEqualTo(path)), answers);
  }

  private static ResponseDefinitionBuilder lost() {
    return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
  }

  private static int sent(String path) {
    return wireMock.findAll(deleteRequestedFor(urlEqualTo(path))).size();
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aWebhookEndpointDeleteWhoseAnswerWasLostThenNotFoundIsDone(HonestRetryFace face) {
    answers("/v1/webhooks/we_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client()) {
      ApiResponse<Void> response = face.deleteWebhookEndpoint(client, "we_123");

      assertThat(response.metadata().inferredFromRetry()).isTrue();
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).isEqualTo("connection failed");
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aSessionDeleteWhoseAnswerWasLostThenNotFoundIsDone(HonestRetryFace face) {
    answers("/v1/sessions/sess_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client()) {
      ApiResponse<Void> response = face.deleteSession(client, "sess_123");

      assertThat(response.metadata().inferredFromRetry()).isTrue();
    }
    assertThat(sent("/v1/sessions/sess_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void theVoidMethodReturnsNormallyToo(HonestRetryFace face) {
    answers("/v1/webhooks/we_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client()) {
      if (face == HonestRetryFace.BLOCKING) {
        client.webhookEndpoints().delete("we_123");
      } else {
        await(client.async().webhookEndpoints().delete("we_123"));
      }
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aDeleteAnsweredAtOnceIsNotInferred(HonestRetryFace face) {
    answers("/v1/webhooks/we_123", aResponse().withStatus(204));

    try (GradiantClient client = client()) {
      ApiResponse<Void> response = face.deleteWebhookEndpoint(client, "we_123");

      assertThat(response.metadata().inferredFromRetry()).isFalse();
      assertThat(response.statusCode()).isEqualTo(204);
    }
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void notFoundAtTheFirstAttemptIsNotFound(HonestRetryFace face) {
    answers("/v1/webhooks/we_123", FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void notFoundAfterAnAnsweredAttemptIsNotFound(HonestRetryFace face) {
    answers("/v1/webhooks/we_123", FaultServer.json(503, "{}"), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.metadata().inferredFromRetry()).isFalse();
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aCancelWhoseAnswerWasLostThenNotFoundIsStillNotFound(HonestRetryFace face) {
    answers("/v1/bookings/booking_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.cancelBooking(client, "booking_123"));

      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.metadata().inferredFromRetry()).isFalse();
    }
    assertThat(sent("/v1/bookings/booking_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(HonestRetryFace.class)
  void aDeleteWhoseCredentialsFailedBeforeSendingThenNotFoundIsNotFound(HonestRetryFace face) {
    answers("/v1/webhooks/we_123", FaultServer.json(404, NOT_FOUND));
    AtomicInteger asked = new AtomicInteger();
    Credentials flaky =
        () -> {
          if (asked.getAndIncrement() == 0) {
            throw new ConnectionException("POST /auth/refresh failed before a response", null);
          }
          return Map.of("X-API-Key", "key_live");
        };

    try (GradiantClient client =
        HonestRetryClients.onFakeTime(wireMock.apiBaseUrl(), time).credentials(flaky).build()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      // the first attempt sent nothing, so nothing it did can explain the 404
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.retryReason()).contains("credentials renewal failed (connection failed)");
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(1);
  }
}
