package dev.gradiant.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A bare WebSocket client of the sandbox's feed, for frame-level tests: it sends what it is told
 * and checks every frame it receives against the {@code feed} channel of the AsyncAPI contract.
 */
final class RawFeed extends RawSocket {
  RawFeed(GradiantSandbox sandbox) {
    super(sandbox, "/realtime", null, ServerFrameContract.feed());
  }

  /** Sends {@code auth} with {@code token} and returns the {@code authenticated} answer. */
  JsonNode authenticate(String token) {
    send("{\"type\":\"auth\",\"ref\":\"a1\",\"token\":\"" + token + "\"}");
    return expect("authenticated");
  }
}
