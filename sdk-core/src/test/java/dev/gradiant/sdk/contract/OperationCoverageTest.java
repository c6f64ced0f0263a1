package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the spec is reached by the contract calls ({@link SdkCalls}), and no call
 * reaches anything else. This class makes the calls itself, so it does not depend on other test
 * classes having run.
 */
class OperationCoverageTest {
  private static Set<String> specOperations;
  private static Set<String> exercised;
  private static int unmatchedRequests;

  @BeforeAll
  static void makeEveryContractCall() {
    specOperations =
        OpenApiSpec.gradiantV1().operations().stream()
            .map(SpecOperation::operationId)
            .collect(Collectors.toCollection(TreeSet::new));
    try (ContractServer server = ContractServer.start()) {
      SdkCalls.all().forEach(call -> call.invoke().apply(server.client()));
      exercised = new TreeSet<>(server.dispatcher().exercisedOperationIds());
      unmatchedRequests =
          (int)
              server.dispatcher().exchanges().stream().filter(e -> e.operationId() == null).count();
    }
  }

  @Test
  void everyOperationIsExercised() {
    Set<String> missing = new TreeSet<>(specOperations);
    missing.removeAll(exercised);

    assertThat(missing).as("operations no contract call reaches (add an SdkCall)").isEmpty();
  }

  @Test
  void everyContractCallReachesAnOperation() {
    assertThat(unmatchedRequests).as("requests that matched no operation of the spec").isZero();
  }

  @Test
  void everyOperationOfTheSpecHasAnOperationId() {
    assertThat(OpenApiSpec.gradiantV1().operations())
        .allSatisfy(op -> assertThat(op.operationId()).doesNotContain(" "));
  }
}
