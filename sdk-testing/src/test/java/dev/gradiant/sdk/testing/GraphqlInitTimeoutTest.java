package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A GraphQL subscriptions connection must send {@code connection_init} within the sandbox's wait
 * (10 s by default): a later one is closed {@code 4408}, counted by the sandbox's clock so a test
 * moves the clock instead of waiting, and a connection that sends nothing is closed {@code 4408}
 * when the wait is over.
 */
class GraphqlInitTimeoutTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2024-01-01T09:00:00Z"));

  @Test
  void aConnectionInitTenSecondsAfterTheUpgradeByTheSandboxClockIsClosed4408() {
    try (GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
        RawGraphql socket = new RawGraphql(sandbox)) {
      assertThat(socket.protocol()).isEqualTo("graphql-transport-ws");

      clock.advance(GradiantSandbox.DEFAULT_GRAPHQL_INIT_TIMEOUT);
      socket.send(
          "{\"type\":\"connection_init\",\"payload\":{\"token\":\"" + sandbox.apiToken() + "\"}}");

      assertThat(socket.closeCode()).isEqualTo(4408);
      assertThat(socket.pending()).as("no connection_ack").isEmpty();
    }
  }

  @Test
  void aConnectionInitJustWithinTheWaitIsAcknowledged() {
    try (GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
        RawGraphql socket = new RawGraphql(sandbox)) {
      assertThat(socket.protocol()).isEqualTo("graphql-transport-ws");

      clock.advance(Duration.ofSeconds(10).minusMillis(1));

      assertThat(socket.initialize(sandbox.apiToken()).at("/payload/userId").asText())
          .isEqualTo(sandbox.demoUserId());
    }
  }

  @Test
  void aConnectionThatSendsNothingIsClosed4408OnceTheConfiguredWaitIsOver() {
    try (GradiantSandbox sandbox =
            GradiantSandbox.builder().clock(clock).graphqlInitTimeout(Duration.ZERO).start();
        RawGraphql socket = new RawGraphql(sandbox)) {

      assertThat(socket.closeCode()).isEqualTo(4408);
      assertThat(socket.pending()).isEmpty();
    }
  }

  @Test
  void theWaitMustNotBeNegative() {
    assertThatThrownBy(() -> GradiantSandbox.builder().graphqlInitTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
    assertThatThrownBy(() -> GradiantSandbox.builder().graphqlInitTimeout(null))
        .isInstanceOf(NullPointerException.class);
  }
}
