package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.Wire;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.RecordedRequest;

/** Wire assertions for the endpoints that obtain credentials and so must not send any. */
final class AuthWire {
  private AuthWire() {}

  /** No credentials of either kind; the usual {@code Accept}, {@code User-Agent} and key. */
  static void assertUnauthenticatedPost(RecordedRequest request) {
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(request.getHeaders().get("X-API-Key")).isNull();
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent"))
        .matches("gradiant-java/\\S+ \\(Java " + System.getProperty("java.version") + "; .+\\)");
    Wire.assertIdempotencyKey(request);
  }

  /**
   * The body is exactly {@code expected} (order included), form-encoded, decoding to {@code
   * fields}.
   */
  static void assertFormBody(RecordedRequest request, String expected, Map<String, String> fields) {
    assertThat(request.getHeaders().get("Content-Type"))
        .isEqualTo("application/x-www-form-urlencoded");
    String body = request.getBody().utf8();
    assertThat(body).isEqualTo(expected);
    assertThat(decode(body)).containsExactlyInAnyOrderEntriesOf(fields);
  }

  private static Map<String, String> decode(String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      fields.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return fields;
  }
}
