package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.RequestOptions;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * A POST's usual case keeps the client's shared default headers as they are and its {@code
 * Idempotency-Key} apart, rather than copying both into headers of its own.
 */
class IdempotencyKeyApartTest {
  private static final HttpUrl BASE_URL = HttpUrl.get("https://api.example.test/v1/");
  private static final Headers DEFAULTS =
      Headers.of("Accept", "application/json", "User-Agent", "gradiant-java/test");

  /** Fails on main: every keyed POST copied the default headers and the key into new headers. */
  @Test
  void aKeyedPostKeepsTheClientsDefaultHeadersAsTheyAre() {
    HttpRequest request = factory(RequestOptions.none()).create(post(), Cancellation.none());

    assertThat(request.headers()).isSameAs(DEFAULTS);
    assertThat(request.idempotencyKey()).isNotBlank();
    assertThat(request.hasIdempotencyKey()).isTrue();
  }

  @Test
  void eachPostGetsAKeyOfItsOwn() {
    HttpRequestFactory factory = factory(RequestOptions.none());

    String first = factory.create(post(), Cancellation.none()).idempotencyKey();
    String second = factory.create(post(), Cancellation.none()).idempotencyKey();

    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void theCallersKeyIsKeptApartToo() {
    HttpRequest request =
        factory(RequestOptions.builder().idempotencyKey("key_caller_9").build())
            .create(post(), Cancellation.none());

    assertThat(request.idempotencyKey()).isEqualTo("key_caller_9");
    assertThat(request.headers()).isSameAs(DEFAULTS);
  }

  /** With headers of its own, the call's key is one of them, as before. */
  @Test
  void aPostWithHeadersOfItsOwnCarriesTheKeyAmongThem() {
    HttpRequest request =
        factory(RequestOptions.builder().header("X-Trace", "t1").build())
            .create(post(), Cancellation.none());

    assertThat(request.idempotencyKey()).isNull();
    assertThat(request.headers().get("Idempotency-Key")).isNotBlank();
    assertThat(request.hasIdempotencyKey()).isTrue();
  }

  @Test
  void copiesKeepTheKey() {
    HttpRequest request = factory(RequestOptions.none()).create(post(), Cancellation.none());

    assertThat(request.withCredentialHeaders(Map.of("X-API-Key", "k")).idempotencyKey())
        .isEqualTo(request.idempotencyKey());
    assertThat(request.withAttempt(new Attempt(2, null)).idempotencyKey())
        .isEqualTo(request.idempotencyKey());
    assertThat(request.withHeaders(Headers.of("traceparent", "t")).idempotencyKey())
        .isEqualTo(request.idempotencyKey());
  }

  @Test
  void aGetHasNoKey() {
    HttpRequest request =
        factory(RequestOptions.none()).create(ApiRequest.get("/user").build(), Cancellation.none());

    assertThat(request.idempotencyKey()).isNull();
    assertThat(request.hasIdempotencyKey()).isFalse();
  }

  private static HttpRequestFactory factory(RequestOptions options) {
    return new HttpRequestFactory(BASE_URL, DEFAULTS, options, CallDeadlines.LEFT_TO_RETRY_LOOP);
  }

  private static ApiRequest post() {
    return ApiRequest.post("/bookings").body(Map.of("practitioner_id", "prac_1")).build();
  }
}
