package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.apikeys.ApiKeyCreateParams;
import dev.gradiant.sdk.apikeys.ApiKeyInfo;
import dev.gradiant.sdk.apikeys.CreatedApiKey;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sandbox mints {@code avk_} keys, accepts them for {@code X-API-Key} within their scopes and
 * until they expire, and rejects them once revoked.
 */
class ApiKeysTest {
  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final GradiantSandbox sandbox = GradiantSandbox.builder().clock(clock).start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private CreatedApiKey create(OAuthScope... scopes) {
    return client
        .apiKeys()
        .create(ApiKeyCreateParams.builder().name("Billing server").scopes(scopes).build());
  }

  @Test
  void aCreatedKeyWorksAsXApiKeyUntilItIsRevoked() {
    CreatedApiKey created = create(OAuthScope.ADMIN_PLATFORM);

    assertThat(created.secret().reveal()).matches("avk_[0-9a-f]{40}");
    assertThat(created.info().prefix()).isEqualTo(created.secret().reveal().substring(0, 8));
    try (GradiantClient withKey =
        TestSupport.builder(sandbox).credentials(created.credentials()).build()) {
      assertThat(withKey.apiKeys().list().items())
          .containsExactly(created.info())
          .extracting(ApiKeyInfo::toString)
          .noneMatch(text -> text.contains(created.secret().reveal()));

      withKey.apiKeys().revoke(created.info().id());

      assertThatThrownBy(() -> withKey.apiKeys().list())
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(client.apiKeys().list().items()).isEmpty();
    assertThatThrownBy(() -> client.apiKeys().revoke(created.info().id()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aKeyMayDoOnlyWhatItsScopesGrant() {
    CreatedApiKey created = create(OAuthScope.READ_PRACTITIONERS);

    try (GradiantClient withKey =
        TestSupport.builder(sandbox).credentials(created.credentials()).build()) {
      assertThat(withKey.practitioners().search().items()).isNotEmpty();
      assertThatThrownBy(() -> withKey.users().me()).isInstanceOf(PermissionDeniedException.class);
      assertThatThrownBy(() -> withKey.apiKeys().list())
          .isInstanceOf(PermissionDeniedException.class);
    }
  }

  @Test
  void anExpiredKeyIsRejected() {
    CreatedApiKey created =
        client
            .apiKeys()
            .create(
                ApiKeyCreateParams.builder()
                    .name("Short-lived")
                    .scopes(OAuthScope.ADMIN_PLATFORM)
                    .expiresAt(Instant.now().plus(Duration.ofHours(1)))
                    .build());
    clock.advance(Duration.ofHours(2));

    try (GradiantClient withKey =
        TestSupport.builder(sandbox).credentials(created.credentials()).build()) {
      assertThatThrownBy(() -> withKey.apiKeys().list())
          .isInstanceOf(AuthenticationException.class);
    }
    assertThat(client.apiKeys().list().items())
        .extracting(ApiKeyInfo::id)
        .contains(created.info().id());
  }

  @Test
  void whatTheSdkWouldRefuseTheSandboxRefusesToo() {
    String past = clock.instant().minusSeconds(1).toString();

    assertIssue("{\"name\": \"k\", \"scopes\": [\"read:wearables\"]}", "scopes[0]");
    assertIssue("{\"name\": \"k\", \"scopes\": []}", "scopes");
    assertIssue("{\"name\": \"" + "x".repeat(101) + "\", \"scopes\": [\"read:profile\"]}", "name");
    assertIssue(
        "{\"name\": \"k\", \"scopes\": [\"read:profile\"], \"expiresAt\": \"" + past + "\"}",
        "expiresAt");
    assertThat(client.apiKeys().list().items()).isEmpty();
  }

  private void assertIssue(String body, String field) {
    HttpResponse<String> response = TestSupport.send(sandbox, "POST", "/api-keys", body);
    assertThat(response.statusCode()).as(body).isEqualTo(422);
    assertThat(TestSupport.json(response).path("error").path("details").toString())
        .as(body)
        .contains("\"field\":\"" + field + "\"");
  }
}
