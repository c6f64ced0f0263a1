package dev.gradiant.sdk.testing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer ready to send: status, headers and body bytes (or none).
 *
 * @param status the HTTP status
 * @param headers the headers specific to this answer
 * @param body the body, or null for none
 */
public record Reply(int status, Map<String, String> headers, byte[] body) {
  static final String JSON = "application/json";

  /** Copies the headers. */
  public Reply {
    headers = Map.copyOf(headers);
  }

  /** {@return a JSON answer} */
  static Reply json(int status, com.fasterxml.jackson.databind.JsonNode body) {
    return new Reply(status, Map.of("Content-Type", JSON), Json.bytes(body));
  }

  /** {@return a 204 with no body} */
  static Reply noContent() {
    return new Reply(204, Map.of(), null);
  }

  /** {@return a 302 to {@code location}} */
  static Reply redirect(String location) {
    return new Reply(302, Map.of("Location", location), null);
  }

  /** {@return this answer with one more header} */
  Reply withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Reply(status, copy, body);
  }
}
