package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.health.HealthStatus;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The health sub-client sends what the spec allows and reads the spec's own example. */
class HealthContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return SdkCalls.health().stream().flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void healthCheckReadsTheDocumentedExampleAsTypedValues() {
    HealthStatus status = server.client().health().check();

    assertThat(status.isHealthy()).isTrue();
    assertThat(status.version()).hasValue("1.0.0");
    assertThat(status.timestamp()).hasValue(Instant.parse("2026-06-30T14:22:00Z"));
  }
}
