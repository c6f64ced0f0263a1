package dev.gradiant.sdk.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.conformance.PrismClients.Auth;
import dev.gradiant.sdk.conformance.PrismClients.Recorder;
import dev.gradiant.sdk.contract.SdkCall;
import dev.gradiant.sdk.contract.SdkCalls;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SDK method reads answers it has never seen: asked with {@code Prefer: dynamic=true,
 * seed=...}, Prism generates the answer from the response's schema instead of giving the spec's
 * example (random strings and numbers, optional fields left out, unknown fields added). Whatever
 * the spec allows, the SDK must read without failing. The seeds are fixed, so a failure replays.
 */
@Tag("conformance")
@ExtendWith(PrismExtension.class)
class SdkReadsGeneratedAnswersConformanceTest {
  /** Generated answers read per call, each from its own seed. */
  private static final int ANSWERS = 5;

  private static final String SEED = "gradiant-";

  /**
   * Every call but wearable ingestion: Prism generates {@code accepted} and {@code rejected} at
   * random, so they do not account for the samples sent, an answer the SDK refuses by design
   * ({@code WearablesClientTest.anAnswerThatDoesNotAccountForTheChunkStopsTheBatch}); the
   * documented answer is read in {@link SdkMethodsConformanceTest}.
   */
  static List<SdkCall> calls() {
    return SdkCalls.all().stream()
        .filter(call -> !call.operationId().equals("ingestWearableSamples"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void theSdkReadsEveryAnswerTheSpecAllows(SdkCall call, PrismServer prism) {
    Recorder recorder = new Recorder();
    for (int answer = 1; answer <= ANSWERS; answer++) {
      String prefer = "dynamic=true, seed=" + SEED + answer;
      try (GradiantClient client =
          PrismClients.client(prism, Auth.BEARER_TOKEN, prefer, recorder)) {
        call.invoke().apply(client);
      } catch (RuntimeException e) {
        throw new AssertionError(
            call
                + " could not read the answer Prism generated with "
                + prefer
                + "; exchanges: "
                + recorder.exchanges(),
            e);
      }
    }

    assertThat(recorder.exchanges())
        .hasSize(ANSWERS)
        .allSatisfy(exchange -> assertThat(exchange.problem()).isEmpty());
  }
}
