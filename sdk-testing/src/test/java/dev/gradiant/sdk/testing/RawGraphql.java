package dev.gradiant.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A bare {@code graphql-transport-ws} client of the sandbox, for frame-level tests: it sends what
 * it is told and checks every frame it receives against the {@code graphql} channel of the AsyncAPI
 * contract.
 */
final class RawGraphql extends RawSocket {
  /** Connects, asking for the subprotocol {@code graphql-transport-ws}. */
  RawGraphql(GradiantSandbox sandbox) {
    this(sandbox, "graphql-transport-ws");
  }

  /** Connects, asking for {@code subprotocol} ({@code null}: none). */
  RawGraphql(GradiantSandbox sandbox, String subprotocol) {
    super(sandbox, "/graphql", subprotocol, ServerFrameContract.graphql());
  }

  /** Sends {@code connection_init} with {@code token} and returns the {@code connection_ack}. */
  JsonNode initialize(String token) {
    send("{\"type\":\"connection_init\",\"payload\":{\"token\":\"" + token + "\"}}");
    return expect("connection_ack");
  }

  /** Sends {@code subscribe} for {@code id} with {@code payload} (a GraphQL request as JSON). */
  void subscribe(String id, String payload) {
    send("{\"type\":\"subscribe\",\"id\":\"" + id + "\",\"payload\":" + payload + "}");
  }
}
