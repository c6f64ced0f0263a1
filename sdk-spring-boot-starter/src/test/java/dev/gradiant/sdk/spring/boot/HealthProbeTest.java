package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.spring.boot.internal.HealthProbe;
import dev.gradiant.sdk.spring.boot.internal.HealthProbe.Outcome;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.GradiantSandboxExtension;
import dev.gradiant.sdk.testing.RecordedRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The check behind the health indicators of both Spring Boot lines. */
@ExtendWith(GradiantSandboxExtension.class)
class HealthProbeTest {
  private final GradiantSandbox sandbox;
  private final GradiantClient client;

  HealthProbeTest(GradiantSandbox sandbox) {
    this.sandbox = sandbox;
    sandbox.reset();
    sandbox.clearFaults();
    sandbox.clearRequests();
    this.client =
        GradiantClient.builder().baseUrl(sandbox.baseUrl()).apiToken(sandbox.apiToken()).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void upWithTheApisStatusWhenItIsHealthy() {
    Outcome outcome = new HealthProbe(client, Duration.ofSeconds(5)).check();

    assertThat(outcome.up()).isTrue();
    assertThat(outcome.details()).containsKey("status").doesNotContainKey("error");
    assertThat(sandbox.requests())
        .extracting(RecordedRequest::method, RecordedRequest::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/health"));
  }

  @Test
  void downOnceWithTheStatusAndErrorCodeButNoMessage() {
    sandbox.failNext(3, 503);

    Outcome outcome = new HealthProbe(client, Duration.ofSeconds(5)).check();

    assertThat(outcome.up()).isFalse();
    assertThat(outcome.details())
        .containsEntry("error", "ServerException")
        .containsEntry("httpStatus", 503)
        .containsKey("requestId")
        .doesNotContainKey("message");
    assertThat(outcome.details().values().toString()).doesNotContain(sandbox.apiToken());
    assertThat(sandbox.requests()).hasSize(1);
  }

  @Test
  void downWhenTheApiDoesNotAnswerInTime() {
    sandbox.delayNext(Duration.ofSeconds(3));

    Outcome outcome = new HealthProbe(client, Duration.ofMillis(200)).check();

    assertThat(outcome.up()).isFalse();
    assertThat(outcome.details()).containsEntry("error", "ApiTimeoutException");
  }

  @Test
  void downWhenTheClientIsClosed() {
    client.close();

    Outcome outcome = new HealthProbe(client, Duration.ofSeconds(5)).check();

    assertThat(outcome.up()).isFalse();
    assertThat(outcome.details()).containsEntry("error", "IllegalStateException");
    assertThat(sandbox.requests()).isEmpty();
  }
}
