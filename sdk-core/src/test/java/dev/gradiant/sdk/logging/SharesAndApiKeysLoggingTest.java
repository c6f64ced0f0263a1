package dev.gradiant.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.apikeys.ApiKeyCreateParams;
import dev.gradiant.sdk.apikeys.CreatedApiKey;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.healthrecords.HealthRecordShareCreateParams;
import dev.gradiant.sdk.healthrecords.HealthRecordType;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With every logger at TRACE (bodies included), a new API key's secret never reaches a log line:
 * not from the create answer's body, not from the {@code X-API-Key} header when it is used, not
 * from {@code toString()}. A health-record share logs its ids, never what is shared.
 */
class SharesAndApiKeysLoggingTest {
  private static final String KEY = "avk_9c1e5b7d3f2a4c6e8b0d1f3a5c7e9b2d";

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
  void traceLogsHoldNoApiKeySecret() {
    api.enqueueJson(
            201,
            Payloads.envelope(
                """
                {"id": "key_123", "name": "Billing server", "scopes": ["admin:platform"],
                 "prefix": "avk_9c1e", "secret": "%s", "createdAt": "2024-03-21T10:30:00Z"}"""
                    .formatted(KEY)),
            "X-Request-ID",
            "req_key")
        .enqueueJson(
            200,
            Payloads.list(
                """
                {"id": "key_123", "name": "Billing server", "scopes": ["admin:platform"],
                 "prefix": "avk_9c1e", "createdAt": "2024-03-21T10:30:00Z"}""",
                1,
                20,
                0))
        .enqueue(new MockResponse.Builder().code(204).build());

    CreatedApiKey created;
    try (GradiantClient client = api.client()) {
      created =
          client
              .apiKeys()
              .create(
                  ApiKeyCreateParams.builder()
                      .name("Billing server")
                      .scopes(OAuthScope.ADMIN_PLATFORM)
                      .build());
      try (GradiantClient keyClient = api.builder().credentials(created.credentials()).build()) {
        keyClient.apiKeys().list();
        keyClient.apiKeys().revoke(created.info().id());
      }
    }
    LoggerFactoryless.log(created);

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(line -> line.contains("POST /api-keys -> 201") && line.contains("req_key"))
        .anyMatch(line -> line.startsWith("TRACE") && line.contains("\"secret\":\"***\""))
        .anyMatch(line -> line.contains("DELETE /api-keys/{id} -> 204"))
        .anyMatch(
            line ->
                line.contains("created CreatedApiKey[info=ApiKeyInfo[id=key_123")
                    && line.contains("secret=****"));
    for (String secret : List.of(KEY, "9c1e5b7d3f2a", "X-API-Key")) {
      assertThat(lines).as("log lines containing " + secret).noneMatch(l -> l.contains(secret));
    }
  }

  @Test
  void traceLogsOfASharedRecordShowNoRecordTypesAndNoContent() {
    api.enqueueJson(
        201,
        Payloads.envelope(
            """
            {"id": "share_123", "userId": "user_123", "practitionerId": "prac_123",
             "recordTypes": ["medications"],
             "expiresAt": "2099-12-31T23:59:59Z", "createdAt": "2024-03-21T10:30:00Z"}"""));

    try (GradiantClient client = api.client()) {
      client
          .healthRecords()
          .share(
              HealthRecordShareCreateParams.builder()
                  .practitionerId("prac_123")
                  .recordTypes(HealthRecordType.MEDICATIONS)
                  .validFor(Duration.ofDays(30))
                  .build());
    }

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(line -> line.contains("POST /health-records/shares -> 201"))
        .anyMatch(
            line -> line.startsWith("TRACE") && line.contains("\"practitionerId\":\"prac_123\""));
    assertThat(lines).noneMatch(line -> line.contains("medications"));
  }

  /** Logs a value through SLF4J the way an application would: with {@code toString()}. */
  private static final class LoggerFactoryless {
    static void log(Object value) {
      org.slf4j.LoggerFactory.getLogger("app").info("created {}", value);
    }
  }
}
