package dev.gradiant.sdk.internal.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class RedactorTest {

  private static String json(String body) {
    return Redactor.body(body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  @Test
  void allowListedKeysStayAndEverythingElseIsMasked() {
    assertThat(
            json(
                "{\"data\": {\"id\": \"user_1\", \"email\": \"a@b.co\", \"verified\": true,"
                    + " \"createdAt\": \"2024-01-01T00:00:00Z\", \"age\": 41, \"tags\": [\"x\"]},"
                    + " \"meta\": {\"requestId\": \"req_1\", \"total\": 3}}"))
        .isEqualTo(
            "{\"data\":{\"id\":\"user_1\",\"email\":\"***\",\"verified\":true,"
                + "\"createdAt\":\"2024-01-01T00:00:00Z\",\"age\":\"***\",\"tags\":[\"***\"]},"
                + "\"meta\":{\"requestId\":\"req_1\",\"total\":3}}");
  }

  @Test
  void freeFormContentIsMaskedEvenUnderAllowListedKeys() {
    String events =
        json(
            "{\"data\": [{\"id\": \"evt_1\", \"type\": \"user_message\","
                + " \"data\": {\"type\": \"I feel low\", \"id\": \"my diary\"}}]}");
    String checkpoint =
        json("{\"deliverableState\": {\"status\": \"draft: my diagnosis\", \"id\": \"secret\"}}");
    String error =
        json("{\"error\": {\"code\": \"X\", \"details\": {\"status\": \"a@b.co taken\"}}}");

    assertThat(events)
        .contains("\"id\":\"evt_1\"", "\"type\":\"user_message\"")
        .doesNotContain("I feel low", "my diary");
    assertThat(checkpoint).doesNotContain("my diagnosis", "secret");
    assertThat(error).doesNotContain("a@b.co");
  }

  @Test
  void formBodiesAndQueriesKeepOnlyAllowListedValues() {
    String form =
        Redactor.body(
            "grant_type=authorization_code&code=abc123&code_verifier=v3r1f13r"
                .getBytes(StandardCharsets.UTF_8),
            "application/x-www-form-urlencoded");
    String query =
        Redactor.query(HttpUrl.get("https://x.example/v1/users?limit=5&email=a%40b.co&status=ok"));

    assertThat(form).isEqualTo("grant_type=authorization_code&code=***&code_verifier=***");
    assertThat(query).isEqualTo("limit=5&email=***&status=ok");
  }

  @Test
  void bodiesThatAreNotJsonAreDescribedNotShown() {
    assertThat(Redactor.body("<html>a@b.co</html>".getBytes(StandardCharsets.UTF_8), "text/html"))
        .isEqualTo("(19 bytes, not JSON)");
    assertThat(Redactor.body(new byte[0], null)).isEqualTo("(no body)");
  }
}
