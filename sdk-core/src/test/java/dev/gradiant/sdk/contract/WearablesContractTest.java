package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.wearables.WearableIngestResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every wearables method sends what the spec allows and reads the spec's own example. */
class WearablesContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(
            SdkCalls.wearables().stream(), SdkCalls.wearablesWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void thePartialSuccessExampleIsRead() {
    WearableIngestResult result =
        server.client().wearables().ingest("user_123", SdkCalls.WEARABLE_SAMPLES);

    assertThat(result.accepted()).isEqualTo(1);
    assertThat(result.rejected()).hasSize(1);
    assertThat(result.rejected().get(0).index()).isEqualTo(1);
    assertThat(result.rejected().get(0).code()).isEqualTo("INVALID_VALUE");
  }
}
