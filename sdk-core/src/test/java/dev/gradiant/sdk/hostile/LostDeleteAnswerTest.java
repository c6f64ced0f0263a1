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
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.NotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
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
 * booking anyway), and so is one after an attempt that never reached the server (the connection was
 * refused, the host not found): it cannot have deleted anything.
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

  private GradiantClient client(Face face) {
    return face.builder(wireMock.apiBaseUrl(), time).apiKey("key_live").build();
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
  @EnumSource(Face.class)
  void aWebhookEndpointDeleteWhoseAnswerWasLostThenNotFoundIsDone(Face face) {
    answers("/v1/webhooks/we_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client(face)) {
      ApiResponse<Void> response = face.deleteWebhookEndpoint(client, "we_123");

      assertThat(response.metadata().inferredFromRetry()).isTrue();
      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.metadata().attempts()).isEqualTo(2);
      assertThat(response.metadata().retryReason()).contains("connection failed");
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aSessionDeleteWhoseAnswerWasLostThenNotFoundIsDone(Face face) {
    answers("/v1/sessions/sess_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client(face)) {
      ApiResponse<Void> response = face.deleteSession(client, "sess_123");

      assertThat(response.metadata().inferredFromRetry()).isTrue();
    }
    assertThat(sent("/v1/sessions/sess_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void theVoidMethodReturnsNormallyToo(Face face) {
    answers("/v1/webhooks/we_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client(face)) {
      if (face == Face.BLOCKING) {
        client.webhookEndpoints().delete("we_123");
      } else {
        await(client.async().webhookEndpoints().delete("we_123"));
      }
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aDeleteAnsweredAtOnceIsNotInferred(Face face) {
    answers("/v1/webhooks/we_123", aResponse().withStatus(204));

    try (GradiantClient client = client(face)) {
      ApiResponse<Void> response = face.deleteWebhookEndpoint(client, "we_123");

      assertThat(response.metadata().inferredFromRetry()).isFalse();
      assertThat(response.statusCode()).isEqualTo(204);
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void notFoundAtTheFirstAttemptIsNotFound(Face face) {
    answers("/v1/webhooks/we_123", FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client(face)) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      assertThat(e.attempts()).isEqualTo(1);
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void notFoundAfterAnAnsweredAttemptIsNotFound(Face face) {
    answers("/v1/webhooks/we_123", FaultServer.json(503, "{}"), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client(face)) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.metadata().inferredFromRetry()).isFalse();
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aCancelWhoseAnswerWasLostThenNotFoundIsStillNotFound(Face face) {
    answers("/v1/bookings/booking_123", lost(), FaultServer.json(404, NOT_FOUND));

    try (GradiantClient client = client(face)) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.cancelBooking(client, "booking_123"));

      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.metadata().inferredFromRetry()).isFalse();
    }
    assertThat(sent("/v1/bookings/booking_123")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aDeleteWhoseCredentialsFailedBeforeSendingThenNotFoundIsNotFound(Face face) {
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
        face.builder(wireMock.apiBaseUrl(), time).credentials(flaky).build()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      // the first attempt sent nothing, so nothing it did can explain the 404
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.retryReason()).contains("credentials failed (connection failed)");
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aDeleteWhoseConnectionWasRefusedThenNotFoundIsNotFound(Face face) throws Exception {
    InetAddress loopback = InetAddress.getByName("127.0.0.1");
    int port;
    try (ServerSocket reserved = new ServerSocket(0, 1, loopback)) {
      port = reserved.getLocalPort();
    }
    // Nothing listens on the port at the first attempt; the server comes up during the wait.
    try (MockWebServer late = new MockWebServer()) {
      late.enqueue(
          new MockResponse.Builder()
              .code(404)
              .addHeader("Content-Type", "application/json")
              .body(NOT_FOUND)
              .build());
      Runnable startTheServer =
          () -> {
            if (!late.getStarted()) {
              try {
                late.start(loopback, port);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          };

      try (GradiantClient client =
          face.builder("http://127.0.0.1:" + port + "/v1", time, startTheServer)
              .apiKey("key_live")
              .build()) {
        NotFoundException e =
            catchThrowableOfType(
                NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

        // the refused attempt never reached a server: nothing it did can explain the 404
        assertThat(e).as("the 404 was thrown, not taken as done").isNotNull();
        assertThat(e.attempts()).isEqualTo(2);
        assertThat(e.retryReason()).contains("connection failed");
        assertThat(e.metadata().inferredFromRetry()).isFalse();
      }
      assertThat(late.getRequestCount()).isEqualTo(1);
      RecordedRequest request = late.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request.getMethod()).isEqualTo("DELETE");
      assertThat(request.getTarget()).isEqualTo("/v1/webhooks/we_123");
    }
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aDeleteWhoseHostWasNotFoundThenNotFoundIsNotFound(Face face) {
    answers("/v1/webhooks/we_123", FaultServer.json(404, NOT_FOUND));
    AtomicInteger lookups = new AtomicInteger();
    OkHttpClient flakyDns =
        new OkHttpClient.Builder()
            .dns(
                hostname -> {
                  if (lookups.getAndIncrement() == 0) {
                    throw new UnknownHostException(hostname + ": temporary failure in resolution");
                  }
                  return List.of(InetAddress.getByName("127.0.0.1"));
                })
            .build();

    try (GradiantClient client =
        face.builder("http://localhost:" + wireMock.port() + "/v1", time)
            .httpClient(flakyDns)
            .apiKey("key_live")
            .build()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> face.deleteWebhookEndpoint(client, "we_123"));

      assertThat(e).as("the 404 was thrown, not taken as done").isNotNull();
      assertThat(e.attempts()).isEqualTo(2);
      assertThat(e.metadata().inferredFromRetry()).isFalse();
    } finally {
      flakyDns.dispatcher().executorService().shutdown();
      flakyDns.connectionPool().evictAll();
    }
    assertThat(sent("/v1/webhooks/we_123")).isEqualTo(1);
  }
}
