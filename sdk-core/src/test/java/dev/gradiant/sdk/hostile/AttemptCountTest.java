package dev.gradiant.sdk.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.RateLimitException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exception that ends a call reports the call's attempts and the reason of its last retry, on
 * both faces, even when a layer other than the answer made it: the rate limit refusing to wait
 * after an earlier retry, or credentials that kept failing. An attempt that ended before sending
 * (its credentials failed, or the rate limit refused to wait) counts as one.
 */
class AttemptCountTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
  private static final String RATE_LIMITED =
      "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"slow down\"}}";

  private static final FaultServer server = new FaultServer();
  private final FakeTime time = new FakeTime(START);

  /**
   * Makes {@code GET /user} through {@code face} on a client of its own, with {@code credentials}.
   */
  private Object me(Face face, Credentials credentials) {
    try (GradiantClient client =
        face.builder(server.apiBaseUrl(), time).credentials(credentials).build()) {
      return face.me(client);
    }
  }

  @BeforeAll
  static void startServer() {
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void aRateLimitThatRefusesToWaitAfterARetryReportsBothAttempts(Face face) {
    server.stubFor(
        get(urlEqualTo("/v1/user"))
            .willReturn(
                FaultServer.json(429, RATE_LIMITED)
                    .withHeader("Retry-After", "1")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader(
                        "X-RateLimit-Reset", Long.toString(START.getEpochSecond() + 1 + 1800))));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class,
            () -> me(face, Credentials.bearerToken("tok_live_attempts_3c9a")));

    // 429, wait 1 s as asked, then the spent budget (30 min) is longer than maxRetryWait: the
    // second attempt is refused before sending
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(e.retryReason()).contains("HTTP 429");
    assertThat(e.retryAfter()).contains(Duration.ofSeconds(1800));
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/v1/user")))).hasSize(1);
    assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @EnumSource(Face.class)
  void credentialsThatKeepFailingEndTheCallWithTheCallsAttempts(Face face) {
    AtomicInteger asked = new AtomicInteger();
    Credentials vaultOutOfReach =
        () -> {
          asked.incrementAndGet();
          throw new ConnectionException("GET /vault/token failed before a response arrived", null);
        };

    ConnectionException e =
        catchThrowableOfType(ConnectionException.class, () -> me(face, vaultOutOfReach));

    // the default budget: one attempt and two retries, each failing before anything is sent
    assertThat(e.attempts()).isEqualTo(3);
    assertThat(e.retryReason()).contains("credentials failed (connection failed)");
    assertThat(e.getMessage())
        .isEqualTo("GET /vault/token failed before a response arrived (after 3 attempts)");
    assertThat(asked).hasValue(3);
    assertThat(server.findAll(anyRequestedFor(anyUrl()))).isEmpty();
  }
}
