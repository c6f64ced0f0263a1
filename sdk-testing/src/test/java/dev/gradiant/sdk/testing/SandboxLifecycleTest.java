package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.health.HealthStatus;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxLifecycleTest {

  @Test
  void startsOnLoopbackWellUnderASecondAndAnswersHealth() {
    GradiantSandbox.start().close(); // warm up class loading, as a second test in a JVM would be
    long started = System.nanoTime();
    try (GradiantSandbox sandbox = GradiantSandbox.start()) {
      long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
      System.out.println("GradiantSandbox started in " + millis + " ms");
      assertThat(millis).isLessThan(500);
      assertThat(sandbox.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
      assertThat(sandbox.toString()).isEqualTo("GradiantSandbox[" + sandbox.baseUrl() + "]");
      try (GradiantClient client = TestSupport.client(sandbox)) {
        HealthStatus health = client.health().check();
        assertThat(health.status()).isEqualTo("healthy");
        assertThat(health.version()).hasValue("1.0.0");
      }
    }
  }

  @Test
  void closeFreesThePortAndIsIdempotent() {
    GradiantSandbox sandbox = GradiantSandbox.start();
    int port = sandbox.port();
    sandbox.close();
    sandbox.close();
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
              }
            })
        .isInstanceOf(IOException.class);
  }

  @Test
  void listensOnAChosenPort() throws IOException {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (GradiantSandbox sandbox = GradiantSandbox.builder().port(port).start()) {
      assertThat(sandbox.port()).isEqualTo(port);
      assertThatThrownBy(() -> GradiantSandbox.builder().port(port).start())
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasMessageContaining(Integer.toString(port));
    }
  }

  @Test
  void builderRejectsNonsense() {
    GradiantSandbox.Builder builder = GradiantSandbox.builder();
    assertThatThrownBy(() -> builder.port(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.port(70000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimit(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimit(5, Duration.ofMillis(10)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimit(5, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.apiToken(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.apiKey(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.clock(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> builder.demoSessions(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.webhookRetries(0, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.webhookRetries(2, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.webhookRetries(2, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void knobsRejectNonsense() {
    try (GradiantSandbox sandbox = GradiantSandbox.start()) {
      assertThatThrownBy(() -> sandbox.failNext(-1, 500))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.failNext(1, 200))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.failNext(1, 503, Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.dropNext(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.delayNext(Duration.ofMillis(-1)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> sandbox.delayNext(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(
              () ->
                  sandbox.forwardWebhooks(
                      "https://example.com/hook", java.net.URI.create("http://example.com/hook")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("on this machine");
      assertThatThrownBy(
              () ->
                  sandbox.forwardWebhooks(
                      "https://example.com/hook", java.net.URI.create("ftp://127.0.0.1/hook")))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void exposesTheDemoCredentials() {
    try (GradiantSandbox sandbox =
        GradiantSandbox.builder().apiToken("my-token").apiKey("avk_mine").start()) {
      assertThat(sandbox.apiToken()).isEqualTo("my-token");
      assertThat(sandbox.apiKey()).isEqualTo("avk_mine");
      assertThat(sandbox.demoUserId()).isEqualTo("user_demo");
      assertThat(sandbox.demoUserEmail()).isEqualTo("demo.user@example.com");
      assertThat(sandbox.demoPassword()).isNotBlank();
      assertThat(sandbox.demoOtp()).matches("\\d{6}");
      assertThat(sandbox.oauthClientId()).isNotBlank();
    }
  }
}
