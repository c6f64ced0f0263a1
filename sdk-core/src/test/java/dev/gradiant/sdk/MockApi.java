package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer on 127.0.0.1 that replays canned API answers, and a client pointed at it. Tests
 * enqueue responses, call the SDK, then take the recorded request and assert the wire format.
 */
public final class MockApi implements AutoCloseable {
  /** The token every test client authenticates with. */
  public static final String TOKEN = "test-token-5f1c";

  private final MockWebServer server = new MockWebServer();

  private MockApi() {
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a server on a free loopback port. */
  public static MockApi start() {
    return new MockApi();
  }

  /** The base URL the SDK should use: {@code http://127.0.0.1:<port>/v1}. */
  public String baseUrl() {
    return server.url("/v1").toString();
  }

  /** A client with a bearer token pointed at this server. */
  public GradiantClient client() {
    return builder().apiToken(TOKEN).build();
  }

  /**
   * A builder pointed at this server, without credentials and without retries, so that a queued
   * error answer is seen as it is (retries are tested on their own, with a fake sleeper).
   */
  public GradiantClientBuilder builder() {
    return GradiantClient.builder().baseUrl(baseUrl()).environment(name -> null).maxRetries(0);
  }

  /** Queues a JSON answer. */
  public MockApi enqueueJson(int status, String body, String... headerPairs) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body);
    for (int i = 0; i < headerPairs.length; i += 2) {
      response.addHeader(headerPairs[i], headerPairs[i + 1]);
    }
    server.enqueue(response.build());
    return this;
  }

  /** Queues any response. */
  public MockApi enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  /** The next request the server received; fails the test if none arrives within 5 s. */
  public RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How many requests reached the server. */
  public int requestCount() {
    return server.getRequestCount();
  }

  /** The underlying server, for what this helper does not cover. */
  public MockWebServer server() {
    return server;
  }

  @Override
  public void close() {
    server.close();
  }
}
