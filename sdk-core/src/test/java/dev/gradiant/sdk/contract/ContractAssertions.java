package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;

/** The contract every {@link SdkCall} must keep against the spec-backed server. */
final class ContractAssertions {
  private ContractAssertions() {}

  /**
   * Makes {@code call} and asserts it sent one request, to its operation, that the spec allows, and
   * that its result holds the values of the example the server answered with.
   */
  static void assertConforms(ContractServer server, SdkCall call) {
    assertConforms(server, call, server.client());
  }

  /**
   * As {@link #assertConforms(ContractServer, SdkCall)}, made with another client of the server.
   */
  static void assertConforms(ContractServer server, SdkCall call, GradiantClient client) {
    server.dispatcher().clear();

    Object result = call.invoke().apply(client);

    Exchange exchange = server.onlyExchange();
    assertThat(exchange.operationId()).as("operation reached").isEqualTo(call.operationId());
    assertThat(exchange.violations())
        .as("what %s sent that the spec does not allow", exchange.request())
        .isEmpty();
    ExampleMatch.assertMatches(result, exchange.response());
  }
}
