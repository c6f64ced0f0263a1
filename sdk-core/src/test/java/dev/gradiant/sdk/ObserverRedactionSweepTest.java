package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.practitioners.PractitionerSearchParams;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.users.UserCreateParams;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing personal or secret reaches an observer: after calls that carry a token, an API key, an
 * email, a phone number, a date of birth, ids in the path, query values and health data in bodies
 * (sent and answered, echoed in error bodies and response headers), no event, read through every
 * accessor of the public API or printed, holds any of them.
 */
class ObserverRedactionSweepTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
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
      Payloads.envelope(
          Payloads.USER
              .replace("user@example.com", EMAIL)
              .replace("+1234567890", PHONE)
              .replace("1990-01-01", BIRTH));
  private static final String ECHO =
      "{\"error\": {\"code\": \"RESOURCE_NOT_FOUND\", \"message\": \"no user "
          + EMAIL
          + " taking "
          + HEALTH
          + "\"}}";

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(START);
  private final RecordingObserver observer = new RecordingObserver();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void noEventHoldsATokenKeyPersonalDataQueryValueOrBody() throws Exception {
    api.enqueueJson(503, ECHO, "X-Echo", TOKEN, "X-Request-ID", "req_sweep_1");
    api.enqueueJson(201, USER, "X-Echo", EMAIL);
    api.enqueueJson(404, ECHO, "X-Echo", HEALTH);
    api.enqueueJson(200, USER, "X-Echo", CALLER_QUERY);
    api.enqueueJson(200, Payloads.list("", 0, 20, 0), "X-Echo", PATH_ID);
    api.enqueueJson(200, Payloads.list("", 0, 20, 0), "X-Echo", API_KEY);

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time).apiToken(TOKEN).addObserver(observer).build()) {
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
    }
    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time).apiKey(API_KEY).addObserver(observer).build()) {
      client
          .practitioners()
          .search(PractitionerSearchParams.builder().location(QUERY_VALUE).build());
    }
    assertThat(api.requestCount()).isEqualTo(6);

    StringBuilder seen = new StringBuilder();
    for (Object event : observer.events()) {
      seen.append(event).append('\n');
      describe(event, seen, 0);
    }
    String all = seen.toString();

    assertThat(all)
        .contains("createUser", "getUser", "listSessions", "searchPractitioners", "/users/{id}")
        .contains("req_sweep_1");
    for (String secret : SECRETS) {
      assertThat(all).as("what observers saw").doesNotContain(secret);
    }
  }

  /** Appends what every public accessor of {@code value}'s observability interfaces returns. */
  private static void describe(Object value, StringBuilder into, int depth)
      throws IllegalAccessException, InvocationTargetException {
    if (depth > 3 || value == null) {
      return;
    }
    for (Class<?> type : value.getClass().getInterfaces()) {
      if (!type.getPackageName().equals("dev.gradiant.sdk.observability")) {
        continue;
      }
      for (Method method : type.getMethods()) {
        if (method.getParameterCount() != 0 || method.getDeclaringClass() == Object.class) {
          continue;
        }
        Object result = method.invoke(value);
        if (result instanceof Optional<?> optional) {
          result = optional.orElse(null);
        }
        into.append(type.getSimpleName())
            .append('.')
            .append(method.getName())
            .append('=')
            .append(result)
            .append('\n');
        if (result != null && result != value) {
          describe(result, into, depth + 1);
        }
      }
    }
  }
}
