package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.micrometer.GradiantMetrics;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The IDE metadata the configuration processor writes into the jar: every property described,
 * defaults shown, and the defaults the SDK's own.
 */
class ConfigurationMetadataTest {

  private static Map<String, JsonNode> properties() throws Exception {
    try (InputStream in =
        ConfigurationMetadataTest.class.getResourceAsStream(
            "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("META-INF/spring-configuration-metadata.json").isNotNull();
      Map<String, JsonNode> byName = new LinkedHashMap<>();
      new ObjectMapper()
          .readTree(in)
          .get("properties")
          .forEach(property -> byName.put(property.get("name").asText(), property));
      return byName;
    }
  }

  @Test
  void everyPropertyIsDescribed() throws Exception {
    Map<String, JsonNode> properties = properties();

    assertThat(properties)
        .containsKeys(
            "gradiant.base-url",
            "gradiant.auth-base-url",
            "gradiant.api-token",
            "gradiant.api-key",
            "gradiant.connect-timeout",
            "gradiant.read-timeout",
            "gradiant.write-timeout",
            "gradiant.call-timeout",
            "gradiant.timeout",
            "gradiant.max-retries",
            "gradiant.retry-base-delay",
            "gradiant.retry-max-delay",
            "gradiant.max-retry-wait",
            "gradiant.rate-limit-per-minute",
            "gradiant.max-response-body-size",
            "gradiant.health.timeout",
            "gradiant.webhooks.secrets",
            "gradiant.webhooks.tolerance",
            "gradiant.webhooks.replay-window",
            "gradiant.webhooks.schemes",
            "gradiant.observability.tracing.enabled",
            "gradiant.observability.metrics.enabled",
            "gradiant.observability.metrics.client-name");
    assertThat(properties.values())
        .allSatisfy(p -> assertThat(p.path("description").asText()).as(p.toString()).isNotBlank());
  }

  @Test
  void theDefaultsShownAreTheSdksDefaults() throws Exception {
    Map<String, JsonNode> properties = properties();

    assertThat(properties.get("gradiant.base-url").get("defaultValue").asText())
        .isEqualTo(GradiantClient.DEFAULT_BASE_URL)
        .isEqualTo(new GradiantProperties().getBaseUrl());
    assertThat(
            DataSize.parse(
                    properties.get("gradiant.max-response-body-size").get("defaultValue").asText())
                .toBytes())
        .isEqualTo(GradiantClient.DEFAULT_MAX_RESPONSE_BODY_SIZE);
    assertThat(properties.get("gradiant.max-retries").get("defaultValue").asInt()).isEqualTo(2);
    assertThat(properties.get("gradiant.connect-timeout").get("defaultValue").asText())
        .isEqualTo("10s");
    assertThat(properties.get("gradiant.webhooks.tolerance").get("defaultValue").asText())
        .isEqualTo("5m");
    assertThat(properties.get("gradiant.api-token").has("defaultValue")).isFalse();
    assertThat(
            properties
                .get("gradiant.observability.metrics.client-name")
                .get("defaultValue")
                .asText())
        .isEqualTo(GradiantMetrics.DEFAULT_CLIENT_NAME);
    assertThat(
            properties
                .get("gradiant.observability.tracing.enabled")
                .get("defaultValue")
                .asBoolean())
        .isTrue();
    assertThat(
            properties
                .get("gradiant.observability.metrics.enabled")
                .get("defaultValue")
                .asBoolean())
        .isTrue();
  }
}
