package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The example comparison accepts extra values and reports missing or different ones. */
class JsonSubsetTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void acceptsExtraFieldsAndNumbersOfAnotherScale() throws Exception {
    assertThat(
            JsonSubset.differences(
                json("{\"price\": {\"amount\": 75}, \"tags\": [\"a\"]}"),
                json("{\"price\": {\"amount\": 75.00, \"currency\": \"USD\"}, \"tags\": [\"a\"]}")))
        .isEmpty();
  }

  @Test
  void reportsMissingAndDifferentValuesWithTheirPath() throws Exception {
    assertThat(
            JsonSubset.differences(
                json(
                    "{\"firstName\": \"John\", \"dob\": \"1990-01-01\", \"tags\": [\"a\", \"b\"]}"),
                json("{\"firstName\": \"Jon\", \"tags\": [\"a\"]}")))
        .containsExactly(
            "/firstName: expected \"John\", got \"Jon\"",
            "/dob: expected \"1990-01-01\", but it is missing",
            "/tags: expected [\"a\",\"b\"], got [\"a\"]");
  }

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }
}
