package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
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
}
