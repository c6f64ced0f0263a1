package dev.gradiant.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.wearables.WearableIngestException;
import dev.gradiant.sdk.wearables.WearableMetric;
import dev.gradiant.sdk.wearables.WearableSample;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE, a grant's patient identity and a wearable sample's value never reach
 * a log line, in requests, answers, rejections or a stopped batch.
 */
class GrantsAndWearablesSafeLoggingTest {
  private static final String GRANT =
      """
      {"id": "grant_7", "grantorId": "user_7", "granteeId": "user_8", "status": "active",
       "scopes": ["wearables"], "grantorFirstName": "Maribel", "grantorLastName": "Quintana",
       "grantorEmail": "maribel.q@clinic.example", "createdAt": "2024-01-01T00:00:00Z"}""";

  private final MockApi api = MockApi.start();

  @BeforeEach
  void clear() {
    CapturedLogs.clear();
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void traceLogsHoldNoPatientIdentityAndNoSampleValue() {
    api.enqueueJson(200, Payloads.envelope(GRANT))
        .enqueueJson(200, Payloads.list(GRANT, 1, 20, 0))
        .enqueueJson(
            200,
            Payloads.envelope(
                "{\"accepted\": 0, \"rejected\": [{\"index\": 0, \"code\": \"INVALID_VALUE\","
                    + " \"message\": \"heart_rate 187.25 out of range\"}]}"))
        .enqueueJson(
            422,
            "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"refused\","
                + " \"details\": {\"field\": \"samples[0].value\", \"value\": 187.25}}}");
    WearableSample sample =
        WearableSample.builder()
            .deviceId("dev_1")
            .metric(WearableMetric.HEART_RATE)
            .unit("bpm")
            .value(new BigDecimal("187.25"))
            .recordedAt(Instant.parse("2024-03-21T10:00:00Z"))
            .build();

    try (GradiantClient client = api.client()) {
      client.grants().get("grant_7");
      client.grants().listOutgoing();
      client.wearables().ingest("user_7", List.of(sample));
      WearableIngestException stopped =
          Assertions.catchThrowableOfType(
              WearableIngestException.class,
              () -> client.wearables().ingest("user_7", List.of(sample)));
      assertThat(stopped.toString()).doesNotContain("187.25");
    }

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(line -> line.contains("GET /grants/{id} -> 200"))
        .anyMatch(line -> line.contains("POST /users/{id}/wearables/samples -> 200"));
    for (String personal :
        List.of("Maribel", "Quintana", "maribel.q@clinic.example", "187.25", "187")) {
      assertThat(lines)
          .as("log lines containing " + personal)
          .noneMatch(line -> line.contains(personal));
    }
  }
}
