package dev.gradiant.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.users.UserCreateParams;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No span holds anything personal or secret: after calls that carry a token, an API key, an email,
 * a phone number, a date of birth, ids in the path, query values and health data in bodies (sent,
 * answered, echoed in error bodies and response headers), no span name, attribute, event or status
 * of the module's spans holds any of them.
 */
class SpanRedactionSweepTest {
  private static final String TOKEN = "tok_sweep_secret_1234";
  private static final String API_KEY = "avk_sweep_key_5678";
  private static final String EMAIL = "sweep.person@example.com";
  private static final String PHONE = "+15550001111";
  private static final String BIRTH = "1979-04-03";
  private static final String PATH_ID = "user_sweep_8841";
  private static final String QUERY_VALUE = "Sweepville";
  private static final String CALLER_QUERY = "pr_sweep_secret";
  private static final String HEALTH = "Sertraline-sweep-50mg";
  private static final List<String> SECRETS =
      List.of(TOKEN, API_KEY, EMAIL, PHONE, BIRTH, PATH_ID, QUERY_VALUE, CALLER_QUERY, HEALTH);
  private static final String USER =
      TracedApi.USER
          .replace("user@example.com", EMAIL)
          .replace("+1234567890", PHONE)
          .replace("1990-01-01", BIRTH);
  private static final String EMPTY_LIST =
      "{\"data\": [], \"meta\": {\"requestId\": \"req_123\", \"timestamp\":"
          + " \"2024-03-21T10:30:00Z\", \"total\": 0, \"limit\": 20, \"offset\": 0}}";
  private static final String ECHO =
      "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"no user "
          + EMAIL
          + " taking "
          + HEALTH
          + "\"}}";

  private final TracedApi api = new TracedApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void noSpanHoldsATokenKeyPersonalDataPathIdQueryValueOrHealthData() {
    api.enqueueJson(503, ECHO, "X-Echo", TOKEN, "X-Request-ID", "req_sweep_1");
    api.enqueueJson(201, USER, "X-Echo", EMAIL);
    api.enqueueJson(404, ECHO, "X-Echo", HEALTH);
    api.enqueueJson(200, USER, "X-Echo", CALLER_QUERY);
    api.enqueueJson(200, EMPTY_LIST, "X-Echo", PATH_ID);
    api.enqueueJson(200, EMPTY_LIST, "X-Echo", BIRTH);
    api.enqueueJson(200, EMPTY_LIST, "X-Echo", API_KEY);

    try (GradiantClient client = api.withoutCredentials().apiToken(TOKEN).build()) {
      client
          .users()
          .create(
              UserCreateParams.builder()
                  .email(EMAIL)
                  .phoneNumber(PHONE)
                  .dateOfBirth(LocalDate.parse(BIRTH))
                  .build());
      assertThat(catchThrowable(() -> client.users().get(PATH_ID))).isNotNull();
      client
          .users()
          .withOptions(RequestOptions.builder().queryParam("patientRef", CALLER_QUERY).build())
          .get("user_123");
      client.async().sessions().list(SessionListParams.builder().userId(PATH_ID).build()).join();
      client.healthRecords().listForUser(PATH_ID);
    }
    try (GradiantClient client = api.withoutCredentials().apiKey(API_KEY).build()) {
      client
          .practitioners()
          .search(PractitionerSearchParams.builder().location(QUERY_VALUE).build());
    }
    assertThat(api.server.getRequestCount()).isEqualTo(7);

    StringBuilder seen = new StringBuilder();
    for (SpanData span : api.finished()) {
      describe(span, seen);
    }
    String all = seen.toString();

    assertThat(all)
        .contains("createUser", "getUser", "listSessions", "searchPractitioners", "/users/{id}")
        .contains("req_sweep_1", "gradiant.retry");
    for (String secret : SECRETS) {
      assertThat(all).as("what the spans hold").doesNotContain(secret);
    }
  }

  private static void describe(SpanData span, StringBuilder into) {
    into.append(span.getName())
        .append(' ')
        .append(span.getKind())
        .append(' ')
        .append(span.getAttributes())
        .append(' ')
        .append(span.getStatus())
        .append('\n');
    for (EventData event : span.getEvents()) {
      into.append("  event ").append(event.getName()).append(event.getAttributes()).append('\n');
    }
    for (LinkData link : span.getLinks()) {
      into.append("  link ").append(link.getAttributes()).append('\n');
    }
  }
}
