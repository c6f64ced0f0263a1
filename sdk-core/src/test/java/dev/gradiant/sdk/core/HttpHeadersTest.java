package dev.gradiant.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The SDK's own response headers: case-insensitive, immutable, and redacted when printed. */
class HttpHeadersTest {
  private final HttpHeaders headers =
      HttpHeaders.of(
          "Content-Type", "application/json",
          "Vary", "Accept",
          "X-Request-ID", "req_123",
          "vary", "Origin");

  @Test
  void namesAreLookedUpInAnyCase() {
    assertThat(headers.first("content-type")).contains("application/json");
    assertThat(headers.first("X-REQUEST-ID")).contains("req_123");
    assertThat(headers.first("Retry-After")).isEmpty();
  }

  @Test
  void aNameWithSeveralValuesKeepsThemInTheOrderReceived() {
    assertThat(headers.first("Vary")).contains("Accept");
    assertThat(headers.last("Vary")).contains("Origin");
    assertThat(headers.all("VARY")).containsExactly("Accept", "Origin");
    assertThat(headers.all("Retry-After")).isEmpty();
  }

  @Test
  void namesAndMapHoldEachNameOnceAsFirstSpelledAndIgnoreCaseInLookups() {
    assertThat(headers.names()).containsExactly("Content-Type", "Vary", "X-Request-ID");
    assertThat(headers.names().contains("x-request-id")).isTrue();
    Map<String, List<String>> map = headers.toMap();
    assertThat(map)
        .containsExactly(
            entry("Content-Type", List.of("application/json")),
            entry("Vary", List.of("Accept", "Origin")),
            entry("X-Request-ID", List.of("req_123")));
    assertThat(map.get("vary")).containsExactly("Accept", "Origin");
  }

  @Test
  void nothingHandedOutChangesTheHeaders() {
    assertThatThrownBy(() -> headers.all("Vary").add("Cookie"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.names().add("Cookie"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.toMap().put("Cookie", List.of("a=b")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> headers.toMap().get("Vary").add("Cookie"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(headers.all("Vary")).containsExactly("Accept", "Origin");
  }

  @Test
  void theArgumentsAreCopied() {
    String[] pairs = {"Retry-After", "30"};
    HttpHeaders fromPairs = HttpHeaders.of(pairs);
    pairs[1] = "0";
    Map<String, List<String>> map = new LinkedHashMap<>();
    map.put("Retry-After", new java.util.ArrayList<>(List.of("30")));
    HttpHeaders fromMap = HttpHeaders.of(map);
    map.get("Retry-After").set(0, "0");

    assertThat(fromPairs.first("Retry-After")).contains("30");
    assertThat(fromMap.first("Retry-After")).contains("30");
    assertThat(fromMap).isEqualTo(fromPairs).hasSameHashCodeAs(fromPairs);
  }

  @Test
  void equalHeadersHaveTheSameNamesInAnyCaseAndTheSameValuesInOrder() {
    assertThat(HttpHeaders.of("ETag", "v1")).isEqualTo(HttpHeaders.of("etag", "v1"));
    assertThat(HttpHeaders.of("ETag", "v1").hashCode())
        .isEqualTo(HttpHeaders.of("etag", "v1").hashCode());
    assertThat(HttpHeaders.of("ETag", "v1")).isNotEqualTo(HttpHeaders.of("ETag", "V1"));
    assertThat(HttpHeaders.of("A", "1", "B", "2")).isNotEqualTo(HttpHeaders.of("B", "2", "A", "1"));
    assertThat(HttpHeaders.of()).isEqualTo(HttpHeaders.of(Map.of()));
  }

  @Test
  void toStringRedactsCredentialAndCookieValues() {
    HttpHeaders sensitive =
        HttpHeaders.of(
            "Set-Cookie", "session=abc123",
            "cookie", "theme=dark",
            "Authorization", "Bearer tok_secret",
            "Proxy-Authorization", "Basic cHJveHk=",
            "x-api-key", "avk_live_secret",
            "X-Request-ID", "req_123");

    assertThat(sensitive.toString())
        .isEqualTo(
            "HttpHeaders[Set-Cookie: ****, cookie: ****, Authorization: ****,"
                + " Proxy-Authorization: ****, x-api-key: ****, X-Request-ID: req_123]");
    assertThat(sensitive.first("Set-Cookie")).contains("session=abc123");
  }

  @Test
  void namesWithoutValuesAndNullsAreRefused() {
    assertThatThrownBy(() -> HttpHeaders.of("Retry-After"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpHeaders.of("Retry-After", null))
        .isInstanceOf(NullPointerException.class);
    Map<String, List<String>> nullValue = new LinkedHashMap<>();
    nullValue.put("Retry-After", java.util.Arrays.asList((String) null));
    assertThatThrownBy(() -> HttpHeaders.of(nullValue)).isInstanceOf(NullPointerException.class);
  }
}
