package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.users.UserCreateParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every request carries the headers its credentials gave for it, over the client's defaults: a new
 * map of headers each call, several headers, one named like a default header.
 */
class CredentialHeadersOnTheWireTest {
  private final MockApi api = MockApi.start();

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void credentialsThatAnswerANewMapEachTimeAreSentAsTheyAnswer() {
    AtomicInteger asked = new AtomicInteger();
    Credentials rotating = () -> Map.of("Authorization", "Bearer tok_" + asked.incrementAndGet());
    try (GradiantClient client = api.builder().credentials(rotating).build()) {
      for (int i = 0; i < 3; i++) {
        api.enqueueJson(200, Payloads.envelope(Payloads.USER));
        client.users().get("user_123");
      }
    }

    for (int i = 1; i <= 3; i++) {
      RecordedRequest request = api.takeRequest();
      assertThat(request.getHeaders().values("Authorization")).containsExactly("Bearer tok_" + i);
    }
    assertThat(api.requestCount()).isEqualTo(3);
  }

  @Test
  void everyHeaderOfTheCredentialsIsSentOnceOverADefaultOfTheSameName() {
    Credentials twoHeaders =
        () -> Map.of("X-API-Key", "avk_one", "User-Agent", "credentials-agent/1.0");
    try (GradiantClient client = api.builder().credentials(twoHeaders).build()) {
      api.enqueueJson(200, Payloads.envelope(Payloads.USER))
          .enqueueJson(200, Payloads.envelope(Payloads.USER))
          .enqueueJson(200, Payloads.envelope(Payloads.USER));
      client.users().get("user_123");
      client
          .users()
          .withOptions(
              RequestOptions.builder().credentials(Credentials.bearerToken("tok_view")).build())
          .get("user_123");
      client.users().get("user_123");
    }

    RecordedRequest first = api.takeRequest();
    assertThat(first.getHeaders().values("X-API-Key")).containsExactly("avk_one");
    assertThat(first.getHeaders().values("User-Agent")).containsExactly("credentials-agent/1.0");
    assertThat(first.getHeaders().values("Accept")).containsExactly("application/json");
    assertThat(first.getHeaders().values("Authorization")).isEmpty();
    RecordedRequest second = api.takeRequest();
    assertThat(second.getHeaders().values("Authorization")).containsExactly("Bearer tok_view");
    assertThat(second.getHeaders().values("X-API-Key")).isEmpty();
    assertThat(second.getHeaders().values("User-Agent"))
        .hasSize(1)
        .noneMatch("credentials-agent/1.0"::equals);
    RecordedRequest third = api.takeRequest();
    assertThat(third.getHeaders().values("X-API-Key")).containsExactly("avk_one");
    assertThat(third.getHeaders().values("Authorization")).isEmpty();
    assertThat(api.requestCount()).isEqualTo(3);
  }

  /**
   * Each attempt of a retried POST carries the headers its credentials gave for that attempt, sent
   * after the client's defaults and the idempotency key, on both faces.
   */
  @Test
  void everyAttemptCarriesItsOwnCredentialsAfterTheDefaultsAndTheKey() {
    AtomicInteger asked = new AtomicInteger();
    Credentials rotating = () -> Map.of("Authorization", "Bearer tok_" + asked.incrementAndGet());
    FakeTime time = new FakeTime(Instant.parse("2026-12-05T09:00:00Z"));
    try (GradiantClient client =
        api.builder()
            .credentials(rotating)
            .maxRetries(1)
            .clock(time)
            .sleeper(time)
            .scheduler(new FakeScheduler(time))
            .jitter(() -> 0.5)
            .build()) {
      UserCreateParams params = UserCreateParams.builder().email("user@example.com").build();
      api.enqueueJson(503, "{}").enqueueJson(201, Payloads.envelope(Payloads.USER));
      client.users().create(params);
      api.enqueueJson(503, "{}").enqueueJson(201, Payloads.envelope(Payloads.USER));
      client.async().users().create(params).join();
    }

    for (int call = 0; call < 2; call++) {
      RecordedRequest first = api.takeRequest();
      RecordedRequest retry = api.takeRequest();
      assertThat(first.getHeaders().values("Authorization"))
          .containsExactly("Bearer tok_" + (2 * call + 1));
      assertThat(retry.getHeaders().values("Authorization"))
          .containsExactly("Bearer tok_" + (2 * call + 2));
      assertThat(retry.getHeaders().get("Idempotency-Key"))
          .isNotNull()
          .isEqualTo(first.getHeaders().get("Idempotency-Key"));
      for (RecordedRequest sent : List.of(first, retry)) {
        assertThat(sent.getMethod()).isEqualTo("POST");
        List<String> names = headerNames(sent);
        assertThat(names.indexOf("Authorization"))
            .isGreaterThan(names.indexOf("Idempotency-Key"))
            .isGreaterThan(names.indexOf("Accept"))
            .isGreaterThan(names.indexOf("User-Agent"));
        assertThat(names.indexOf("Idempotency-Key")).isGreaterThan(names.indexOf("User-Agent"));
      }
    }
    assertThat(asked).hasValue(4);
    assertThat(api.requestCount()).isEqualTo(4);
  }

  private static List<String> headerNames(RecordedRequest request) {
    List<String> names = new ArrayList<>(request.getHeaders().size());
    for (int i = 0; i < request.getHeaders().size(); i++) {
      names.add(request.getHeaders().name(i));
    }
    return names;
  }
}
