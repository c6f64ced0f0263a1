package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A template's URL: literal segments, then each id encoded into its own segment, in order. */
class PathTemplatesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://api.gradiant.dev/v1|/health||https://api.gradiant.dev/v1/health",
        "https://api.gradiant.dev/v1/|/health||https://api.gradiant.dev/v1/health",
        "https://api.gradiant.dev/v1|/sessions/{id}|s 1|https://api.gradiant.dev/v1/sessions/s%201",
        "https://api.gradiant.dev/v1|/sessions/{id}/events|s?1|"
            + "https://api.gradiant.dev/v1/sessions/s%3F1/events",
        "https://api.gradiant.dev/v1|/users/{id}/sessions/{sessionId}|u/1,s#2|"
            + "https://api.gradiant.dev/v1/users/u%2F1/sessions/s%232",
        "https://api.gradiant.dev/v1|/{id}/events|ü|https://api.gradiant.dev/v1/%C3%BC/events",
        "http://127.0.0.1:8080/a%20b/v1/|/sessions/{id}|x|http://127.0.0.1:8080/a%20b/v1/sessions/x"
      })
  void buildsTheUrlOfATemplate(String base, String template, String ids, String expected) {
    PathTemplates paths = new PathTemplates(HttpUrl.get(base));
    List<String> params = ids == null ? List.of() : List.of(ids.split(","));

    // Twice: the second call is served from the parsed template.
    assertThat(paths.url(template, params).build()).hasToString(expected);
    assertThat(paths.url(template, params).build()).hasToString(expected);
  }
}
