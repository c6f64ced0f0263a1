package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import mockwebserver3.RecordedRequest;

/** Assertions on what the SDK put on the wire. */
public final class Wire {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Wire() {}

  /** The request's method, path and query are exactly {@code requestLine}'s. */
  public static void assertRequestLine(RecordedRequest request, String method, String target) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getTarget()).isEqualTo(target);
  }

  /** The headers every authenticated SDK request carries. */
  public static void assertStandardHeaders(RecordedRequest request) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent"))
        .matches("gradiant-java/\\S+ \\(Java " + System.getProperty("java.version") + "; .+\\)");
  }

  /** A POST carries a UUID idempotency key. */
  public static String assertIdempotencyKey(RecordedRequest request) {
    String key = request.getHeaders().get("Idempotency-Key");
    assertThat(key).isNotNull();
    assertThat(UUID.fromString(key).toString()).isEqualTo(key);
    return key;
  }

  /** The body is JSON equal (ignoring key order and whitespace) to {@code expectedJson}. */
  public static void assertJsonBody(RecordedRequest request, String expectedJson) {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(json(request.getBody().utf8())).isEqualTo(json(expectedJson));
  }

  /** The request has no body. */
  public static void assertNoBody(RecordedRequest request) {
    assertThat(request.getBodySize()).isZero();
  }

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
