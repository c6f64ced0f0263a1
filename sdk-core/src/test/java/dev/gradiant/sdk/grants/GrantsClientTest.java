package dev.gradiant.sdk.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code grants()}: the outgoing list with its status filter, one grant, and acting on it. */
class GrantsClientTest {
  /** The spec's grant example. */
  static final String GRANT =
      """
      {"id": "grant_123", "grantorId": "user_123", "granteeId": "user_456", "status": "active",
       "scopes": ["profile", "health_profile", "wearables"], "grantorFirstName": "John",
       "grantorLastName": "Doe", "grantorEmail": "user@example.com",
       "createdAt": "2024-01-01T00:00:00Z", "expiresAt": "2024-07-01T00:00:00Z"}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void listOutgoingSendsTheStatusFilterAndPagingAndReadsThePage() {
    api.enqueueJson(200, Payloads.list(GRANT, 1, 10, 20));

    Page<Grant> page =
        client
            .grants()
            .listOutgoing(
                GrantListParams.builder().status(GrantStatus.ACTIVE).limit(10).offset(20).build());

    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/grants/outgoing?status=active&limit=10&offset=20");
    Grant grant = page.items().get(0);
    assertThat(grant.id()).isEqualTo("grant_123");
    assertThat(grant.grantorId()).isEqualTo("user_123");
    assertThat(grant.granteeId()).isEqualTo("user_456");
    assertThat(grant.status()).isEqualTo(GrantStatus.ACTIVE);
    assertThat(grant.scopes())
        .containsExactly(GrantScope.PROFILE, GrantScope.HEALTH_PROFILE, GrantScope.WEARABLES);
    assertThat(grant.grantorEmail()).contains("user@example.com");
    assertThat(grant.expiresAt()).contains(Instant.parse("2024-07-01T00:00:00Z"));
    assertThat(grant.revokedAt()).isEmpty();
  }

  @Test
  void listOutgoingWithoutParamsSendsNoQueryOnTheAsyncFaceToo() throws Exception {
    api.enqueueJson(200, Payloads.list(GRANT, 1, 20, 0));

    AsyncPage<Grant> page = client.async().grants().listOutgoing().get(5, TimeUnit.SECONDS);

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/grants/outgoing");
    assertThat(page.items()).hasSize(1);
  }

  @Test
  void getReadsOneGrantAndItsUnknownStatusAndScopeAreKept() {
    api.enqueueJson(
        200,
        Payloads.envelope(
            GRANT.replace("\"active\"", "\"suspended\"").replace("\"wearables\"", "\"genome\"")));

    Grant grant = client.grants().get("grant_123");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/grants/grant_123");
    assertThat(grant.status().value()).isEqualTo("suspended");
    assertThat(grant.status().isKnown()).isFalse();
    assertThat(grant.covers(GrantScope.of("genome"))).isTrue();
    assertThat(grant.isActiveAt(Instant.parse("2024-03-01T00:00:00Z")))
        .as("an unknown status gives no access")
        .isFalse();
  }

  @Test
  void aGrantGivesAccessOnlyWhileActiveAndBeforeItsExpiry() {
    Grant active =
        Grant.builder()
            .id("grant_1")
            .grantorId("user_1")
            .granteeId("user_2")
            .status(GrantStatus.ACTIVE)
            .scopes(List.of(GrantScope.WEARABLES))
            .createdAt(Instant.parse("2024-01-01T00:00:00Z"))
            .expiresAt(Instant.parse("2024-07-01T00:00:00Z"))
            .build();

    assertThat(active.isActiveAt(Instant.parse("2024-06-30T23:59:59Z"))).isTrue();
    assertThat(active.isActiveAt(Instant.parse("2024-07-01T00:00:00Z"))).isFalse();
    assertThat(active.toBuilder().status(GrantStatus.REVOKED).build().isActiveAt(Instant.EPOCH))
        .isFalse();
    assertThat(active.covers(GrantScope.WEARABLES)).isTrue();
    assertThat(active.covers(GrantScope.HEALTH_RECORDS)).isFalse();
    assertThatThrownBy(() -> Grant.builder().id("g").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Grant.grantorId is required");
  }

  @Test
  void theDocumentedDetailErrorIsANotFoundException() {
    api.enqueueJson(404, "{\"detail\": \"Grant not found or access denied.\"}");

    NotFoundException error =
        catchThrowableOfType(NotFoundException.class, () -> client.grants().get("grant_999"));

    assertThat(error.statusCode()).isEqualTo(404);
    assertThat(error.getMessage()).contains("Grant not found or access denied.");
  }

  @Test
  void badIdsAndPagingAreRefusedBeforeSending() {
    assertThatThrownBy(() -> client.grants().get("outgoing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("grantId must not be 'outgoing'");
    assertThatThrownBy(() -> client.grants().get(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grantId");
    assertThatThrownBy(() -> client.async().grants().get("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("grantId");
    assertThatThrownBy(() -> GrantListParams.builder().limit(101).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theGrantorsIdentityNeverPrints() {
    String text =
        Grant.builder()
            .id("grant_1")
            .grantorId("user_1")
            .granteeId("user_2")
            .status(GrantStatus.ACTIVE)
            .scopes(List.of(GrantScope.PROFILE))
            .grantorFirstName("Jane")
            .grantorLastName("Roe")
            .grantorEmail("jane@clinic.example")
            .createdAt(Instant.EPOCH)
            .build()
            .toString();

    assertThat(text).contains("grant_1", "active").doesNotContain("Jane", "Roe", "jane@clinic");
  }
}
