package dev.gradiant.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.generated.client.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs in {@code mvn verify} (JMH does not): the three clients read the same fixtures to the same
 * results on both transports, so no benchmark ever measures an error path.
 */
class ClientsAgreeTest {

  @ParameterizedTest
  @ValueSource(strings = {Target.IN_JVM, Target.LOOPBACK})
  void everyClientReadsTheFixturesAlike(String transport) throws ApiException {
    try (Target target = Target.start(transport, CannedApi.standard());
        SdkCalls sdk = new SdkCalls(target.baseUrl(), target.http())) {
      RawCalls raw = new RawCalls(target.baseUrl(), target.http());
      GeneratedCalls generated = new GeneratedCalls(target.baseUrl(), target.http());

      Check.sameResults(sdk, raw, generated);
      Check.walksEverything(sdk, raw, generated);
      assertThat(sdk.getSession()).isEqualTo(raw.getSession());
      assertThat(sdk.createBooking()).isEqualTo(raw.createBooking());
      assertThat(sdk.listPage().items()).isEqualTo(raw.listPage());
      RawCalls rawSdkTimestamps = RawCalls.withSdkTimestamps(target.baseUrl(), target.http());
      assertThat(rawSdkTimestamps.getSession()).isEqualTo(raw.getSession());
      assertThat(rawSdkTimestamps.listPage()).isEqualTo(raw.listPage());
      RetrofitCalls retrofit = new RetrofitCalls(target.baseUrl(), target.http());
      Check.retrofitAgrees(sdk, retrofit);
      Check.retrofitWalksEverything(sdk, retrofit);
      assertThat(retrofit.getSession()).isEqualTo(raw.getSession());
      assertThat(retrofit.createBooking()).isEqualTo(raw.createBooking());
      assertThat(retrofit.listPage()).isEqualTo(raw.listPage());
      assertThat(retrofit.getSessionAsync().join()).isEqualTo(raw.getSession());
      assertThat(raw.getSessionAsync().join()).isEqualTo(raw.getSession());
      assertThat(sdk.getSessionAsync().join()).isEqualTo(raw.getSession());
    }
  }

  @Test
  void theObservedAndTracedRowsSetUpAndReadTheFixturesAsTheSdkRowDoes() throws ApiException {
    CallBenchmark benchmark = new CallBenchmark();
    benchmark.transport = Target.IN_JVM;
    benchmark.start();
    try {
      assertThat(benchmark.getSession_sdkNoOpObserver()).isEqualTo(benchmark.getSession_sdk());
      assertThat(benchmark.getSession_sdkOtelRecorded()).isEqualTo(benchmark.getSession_sdk());
      assertThat(benchmark.getSession_sdkOtelSampledOff()).isEqualTo(benchmark.getSession_sdk());
      assertThat(benchmark.createBooking_sdkOtelRecorded())
          .isEqualTo(benchmark.createBooking_sdk());
      assertThat(benchmark.createBooking_sdkOtelSampledOff())
          .isEqualTo(benchmark.createBooking_sdk());
      assertThat(benchmark.listPage_sdkOtelRecorded().items())
          .isEqualTo(benchmark.listPage_sdk().items());
      assertThat(benchmark.listPage_sdkOtelSampledOff().items())
          .isEqualTo(benchmark.listPage_sdk().items());
      assertThat(benchmark.getSession_sdkOtelNoSdk()).isEqualTo(benchmark.getSession_sdk());
      assertThat(benchmark.createBooking_sdkOtelNoSdk()).isEqualTo(benchmark.createBooking_sdk());
      assertThat(benchmark.listPage_sdkOtelNoSdk().items())
          .isEqualTo(benchmark.listPage_sdk().items());
      assertThat(benchmark.getSession_rawSdkTimestampsOtelRecorded())
          .isEqualTo(benchmark.getSession_rawSdkTimestamps());
      assertThat(benchmark.getSession_rawSdkTimestampsOtelSampledOff())
          .isEqualTo(benchmark.getSession_rawSdkTimestamps());
      assertThat(benchmark.createBooking_rawSdkTimestampsOtelRecorded())
          .isEqualTo(benchmark.createBooking_rawSdkTimestamps());
      assertThat(benchmark.listPage_rawSdkTimestampsOtelSampledOff())
          .isEqualTo(benchmark.listPage_rawSdkTimestamps());
    } finally {
      benchmark.stop();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Target.IN_JVM, Target.LOOPBACK})
  void theTracedRowsMakeTheirSpans(String transport) throws ApiException {
    CallBenchmark benchmark = new CallBenchmark();
    benchmark.transport = transport;
    benchmark.start();
    try {
      assertThat(exportedBy(benchmark::getSession_sdkOtelRecorded))
          .as("call + attempt")
          .isEqualTo(2);
      assertThat(exportedBy(benchmark::getSession_rawSdkTimestampsOtelRecorded))
          .as("the OkHttp instrumentation's one span")
          .isEqualTo(1);
      assertThat(exportedBy(benchmark::getSession_sdkOtelSampledOff)).isZero();
      assertThat(exportedBy(benchmark::getSession_rawSdkTimestampsOtelSampledOff)).isZero();
      assertThat(exportedBy(benchmark::getSession_sdkOtelNoSdk)).isZero();
    } finally {
      benchmark.stop();
    }
  }

  private static long exportedBy(Runnable call) {
    long before = BenchmarkTracing.EXPORTED.sum();
    call.run();
    return BenchmarkTracing.EXPORTED.sum() - before;
  }

  @ParameterizedTest
  @ValueSource(strings = {Target.IN_JVM, Target.LOOPBACK})
  void theInterleavedTracingClientsSetUpAndReadTheFixturesAsTheSdkDoes(String transport) {
    LoopbackTracingBenchmark benchmark = new LoopbackTracingBenchmark();
    benchmark.transport = transport;
    benchmark.clock = Target.IN_JVM.equals(transport) ? "cpu" : "wall";
    benchmark.start(); // checks every client's get and create against the untraced SDK's
    benchmark.stop();
  }

  @ParameterizedTest
  @ValueSource(ints = {1024, 65536})
  void webhookBaselinesAcceptTheSignedPayload(int size) throws Exception {
    WebhookBenchmark benchmark = new WebhookBenchmark();
    benchmark.size = size;
    benchmark.sign();

    assertThat(WebhookBenchmark.payload(size)).hasSize(size);
    assertThat(benchmark.verifySignature_raw()).isTrue();
    assertThat(benchmark.verifySignature_rawNewMac()).isTrue();
    assertThat(benchmark.verifySignature_sdk()).isNotNull();
    assertThat(benchmark.verify_sdk().type().value()).isEqualTo("session.completed");
    assertThat(benchmark.verify_raw().get("data").get("sessionId").asText())
        .isEqualTo("sess_0000000042");
  }

  @ParameterizedTest
  @ValueSource(strings = {"build_sdk", "build_raw", "build_generated"})
  void clientsBuild(String which) {
    ClientBuildBenchmark benchmark = new ClientBuildBenchmark();
    Object client =
        switch (which) {
          case "build_sdk" -> benchmark.build_sdk();
          case "build_raw" -> benchmark.build_raw();
          default -> benchmark.build_generated();
        };
    assertThat(client).isNotNull();
  }
}
