package dev.gradiant.sdk.micrometer;

import dev.gradiant.sdk.FakeTimeClients;
import dev.gradiant.sdk.GradiantClientBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * The fixture of this module's tests: a MockWebServer on 127.0.0.1, a {@link SimpleMeterRegistry},
 * and clients on fake time ({@link FakeTimeClients}, so every duration is exact) measured by {@link
 * GradiantMetrics}.
 */
final class MeteredApi implements AutoCloseable {
  static final String TOKEN = "tok_metered_5f1c";
  static final String USER =
      "{\"data\": {\"id\": \"user_123\", \"email\": \"user@example.com\", \"firstName\": \"John\","
          + " \"lastName\": \"Doe\", \"dateOfBirth\": \"1990-01-01\", \"phoneNumber\":"
          + " \"+1234567890\", \"verified\": true, \"createdAt\": \"2024-01-01T00:00:00Z\","
          + " \"updatedAt\": \"2024-01-01T00:00:00Z\"},"
          + " \"meta\": {\"requestId\": \"req_123\", \"timestamp\": \"2024-03-21T10:30:00Z\"}}";
  static final String NOT_FOUND =
      "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"no such user\"}}";

  final MockWebServer server = new MockWebServer();
  final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  final FakeTimeClients time = new FakeTimeClients();

  MeteredApi() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return a measured client builder with a token, pointed at the server, on fake time} */
  GradiantClientBuilder builder() {
    return unmeasured().addObserver(GradiantMetrics.create(registry));
  }

  /** {@return a client builder with a token, pointed at the server, on fake time, no observer} */
  GradiantClientBuilder unmeasured() {
    return time.builder(server.url("/v1").toString()).apiToken(TOKEN);
  }

  /** Queues a JSON answer with the given header pairs. */
  void enqueueJson(int status, String body, String... headerPairs) {
    server.enqueue(json(status, body, headerPairs));
  }

  /** {@return a JSON answer with the given header pairs} */
  static MockResponse json(int status, String body, String... headerPairs) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body);
    for (int i = 0; i < headerPairs.length; i += 2) {
      response.addHeader(headerPairs[i], headerPairs[i + 1]);
    }
    return response.build();
  }

  @Override
  public void close() {
    server.close();
    registry.close();
  }
}
