package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the spec is either reached by the contract calls ({@link SdkCalls}) or listed
 * as not implemented yet, never both. This class makes the calls itself, so it does not depend on
 * other test classes having run.
 */
class OperationCoverageTest {
  /**
   * Operations whose sub-client is not written yet. When a resource lands, add its calls to {@link
   * SdkCalls} and delete its ids here: the tests below fail until both are done.
   */
  static final Set<String> NOT_IMPLEMENTED_YET =
      Set.of(
          // bookings
          "createBooking",
          "getBooking",
          "updateBooking",
          "cancelBooking",
          // practitioners
          "searchPractitioners",
          "getPractitioner",
          "getPractitionerAvailability");

  private static Set<String> specOperations;
  private static Set<String> exercised;

  @BeforeAll
  static void makeEveryContractCall() {
    specOperations =
        OpenApiSpec.gradiantV1().operations().stream()
            .map(SpecOperation::operationId)
            .collect(Collectors.toCollection(TreeSet::new));
    try (ContractServer server = ContractServer.start()) {
      SdkCalls.all().forEach(call -> call.invoke().apply(server.client()));
      exercised = new TreeSet<>(server.dispatcher().exercisedOperationIds());
    }
  }

  @Test
  void everyImplementedOperationIsExercised() {
    Set<String> missing = new TreeSet<>(specOperations);
    missing.removeAll(NOT_IMPLEMENTED_YET);
    missing.removeAll(exercised);

    assertThat(missing)
        .as("operations no contract call reaches (add an SdkCall, or list them as not yet)")
        .isEmpty();
  }

  @Test
  void noOperationListedAsNotImplementedYetIsExercised() {
    Set<String> listedButCalled = new TreeSet<>(NOT_IMPLEMENTED_YET);
    listedButCalled.retainAll(exercised);

    assertThat(listedButCalled)
        .as("operations the contract calls reach: take them off NOT_IMPLEMENTED_YET")
        .isEmpty();
  }

  @Test
  void everyOperationListedAsNotImplementedYetIsInTheSpec() {
    assertThat(specOperations).containsAll(NOT_IMPLEMENTED_YET);
  }

  @Test
  void everyOperationOfTheSpecHasAnOperationId() {
    assertThat(OpenApiSpec.gradiantV1().operations())
        .allSatisfy(op -> assertThat(op.operationId()).doesNotContain(" "));
  }
}
