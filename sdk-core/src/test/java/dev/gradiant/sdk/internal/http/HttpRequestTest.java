package dev.gradiant.sdk.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** An HttpRequest printed for a debugger or an assertion message shows no secret. */
class HttpRequestTest {

  @Test
  void toStringNamesTheCallButNoHeaderValueBodyOrUrl() {
    HttpRequest request =
        new HttpRequest(
                "POST",
                HttpUrl.get("https://api.gradiant.dev/v1/users/user_secret-id?email=a@b.example"),
                Headers.of("Idempotency-Key", "key-1"),
                "{\"email\":\"a@b.example\"}".getBytes(StandardCharsets.UTF_8),
                "application/json; charset=utf-8",
                "/users/{id}",
                true,
                RequestOptions.none(),
                Attempt.FIRST)
            .withCredentialHeaders(Map.of("X-API-Key", "avk_secret"));

    assertThat(request.credentialHeaders()).containsEntry("X-API-Key", "avk_secret");
    assertThat(request.toString())
        .isEqualTo("HttpRequest[POST /users/{id}, attempt 1]")
        .doesNotContain("avk_secret")
        .doesNotContain("a@b.example")
        .doesNotContain("user_secret-id");
  }
}
