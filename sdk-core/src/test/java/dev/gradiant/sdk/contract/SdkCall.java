package dev.gradiant.sdk.contract;

import dev.gradiant.sdk.GradiantClient;
import java.util.function.Function;

/**
 * One call of a public SDK method with realistic arguments, and the spec operation it must reach.
 * Public for the conformance suite ({@code dev.gradiant.sdk.conformance}), which makes the same
 * calls against Prism.
 *
 * @param name how the call reads, e.g. {@code users().get(id)}; the parameterized test's name
 * @param operationId the operation of the spec it is for
 * @param invoke makes the call and returns what the SDK returned
 */
public record SdkCall(String name, String operationId, Function<GradiantClient, Object> invoke) {
  @Override
  public String toString() {
    return name + " -> " + operationId;
  }
}
