package dev.gradiant.sdk.apikeys;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.core.Secret;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code apiKeys()} on the wire, and the created key's secret turned into credentials. */
class ApiKeysClientTest {
  private static final Instant NOW = Instant.parse("2024-03-21T10:30:00Z");
  private static final String KEY = "avk_a7f3c91e8b2d4e6f8a0b1c2d3e4f5a6b7c8d9e0f";

  private static final String CREATED =
      """
      {"id": "key_123", "name": "Billing server", "scopes": ["read:bookings", "write:bookings"],
       "prefix": "avk_a7f3", "secret": "%s",
       "expiresAt": "2025-01-01T00:00:00Z", "createdAt": "2024-03-21T10:30:00Z"}"""
          .formatted(KEY);

  private static final String LISTED =
      """
      {"id": "key_123", "name": "Billing server", "scopes": ["read:bookings", "write:bookings"],
       "prefix": "avk_a7f3", "createdAt": "2024-03-21T10:30:00Z"}""";

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(NOW);
  private final GradiantClient client =
      TestClients.blocking(api.baseUrl(), time).apiToken(MockApi.TOKEN).build();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static ApiKeyCreateParams.Builder params() {
    return ApiKeyCreateParams.builder()
        .name("Billing server")
        .scopes(OAuthScope.READ_BOOKINGS, OAuthScope.WRITE_BOOKINGS);
  }

  @Test
  void createPostsTheBodyAndReturnsTheSecretOnceAsASecretThatNeverPrints() {
    api.enqueueJson(201, envelope(CREATED));

    CreatedApiKey created =
        client.apiKeys().create(params().expiresAt(Instant.parse("2025-01-01T00:00:00Z")).build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/api-keys");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"name": "Billing server", "scopes": ["read:bookings", "write:bookings"],
         "expiresAt": "2025-01-01T00:00:00Z"}""");
    assertThat(created.secret()).isEqualTo(Secret.of(KEY));
    assertThat(created.secret().reveal()).isEqualTo(KEY);
    assertThat(created.toString()).doesNotContain(KEY, "c91e8b2d").contains("secret=****");
    assertThatThrownBy(() -> Json.mapper().writeValueAsString(created))
        .as("writing the key as JSON fails rather than leak the secret")
        .hasMessageNotContaining(KEY);
    assertThat(created.info())
        .isEqualTo(
            ApiKeyInfo.builder()
                .id("key_123")
                .name("Billing server")
                .scopes(List.of(OAuthScope.READ_BOOKINGS, OAuthScope.WRITE_BOOKINGS))
                .prefix("avk_a7f3")
                .expiresAt(Instant.parse("2025-01-01T00:00:00Z"))
                .createdAt(NOW)
                .build());
  }

  @Test
  void aCreatedKeyAuthenticatesAnotherClientWithXApiKey() {
    api.enqueueJson(201, envelope(CREATED)).enqueueJson(200, Payloads.list(LISTED, 1, 20, 0));
    CreatedApiKey created = client.apiKeys().create(params().build());
    api.takeRequest();

    try (GradiantClient server = api.builder().credentials(created.credentials()).build()) {
      server.apiKeys().list();
    }

    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("X-API-Key")).isEqualTo(KEY);
    assertThat(request.getHeaders().get("Authorization")).isNull();
    assertThat(created.credentials().toString()).doesNotContain(KEY);
  }

  @Test
  void createWithoutExpiryLeavesItOut() {
    api.enqueueJson(201, envelope(CREATED));

    client.apiKeys().create(params().build());

    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"name": "Billing server", "scopes": ["read:bookings", "write:bookings"]}""");
  }

  @Test
  void anExpiryThatIsNotInTheFutureByTheClientsClockIsRefusedBeforeSending() {
    ApiKeyCreateParams params = params().expiresAt(NOW).build();

    assertThatThrownBy(() -> client.apiKeys().create(params))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expiresAt must be in the future")
        .hasMessageContaining(NOW.toString());
    assertThatThrownBy(() -> client.async().apiKeys().create(params))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void listReadsKeysWithoutSecretsAndPages() {
    api.enqueueJson(200, Payloads.list(LISTED, 3, 1, 1));

    Page<ApiKeyInfo> page =
        client.apiKeys().list(ApiKeyListParams.builder().limit(1).offset(1).build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/api-keys?limit=1&offset=1");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    ApiKeyInfo key = page.items().get(0);
    assertThat(key.prefix()).isEqualTo("avk_a7f3");
    assertThat(key.expiresAt()).isEmpty();
    assertThat(key.scopes()).containsExactly(OAuthScope.READ_BOOKINGS, OAuthScope.WRITE_BOOKINGS);
    assertThat(page.hasNextPage()).isTrue();
  }

  @Test
  void revokeSendsDeleteAndAnUnknownKeyIsNotFound() {
    api.enqueue(new MockResponse.Builder().code(204).build())
        .enqueueJson(
            404,
            """
            {"error": {"code": "RESOURCE_NOT_FOUND", "message": "API key not found"},
             "meta": {"requestId": "req_404", "timestamp": "2024-03-21T10:30:00Z"}}""");

    client.apiKeys().revoke("key_123");
    assertThatThrownBy(() -> client.apiKeys().revoke("key_123"))
        .isInstanceOf(NotFoundException.class);

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "DELETE", "/v1/api-keys/key_123");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/api-keys/key_123");
  }
}
