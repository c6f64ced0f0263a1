package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.apikeys.ApiKeyInfo;
import dev.gradiant.sdk.apikeys.CreatedApiKey;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.pagination.Page;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every API-keys method sends what the spec allows and reads the spec's own examples. */
class ApiKeysContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.apiKeys().stream(), SdkCalls.apiKeysWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void everyScopeTheSdkKnowsIsOneTheSpecTakes() {
    for (OAuthScope scope :
        Stream.of(
                "read:profile",
                "write:profile",
                "read:bookings",
                "write:bookings",
                "read:practitioners",
                "write:practitioners",
                "read:messages",
                "write:messages",
                "read:health_records",
                "write:health_records",
                "admin:users",
                "admin:platform")
            .map(OAuthScope::of)
            .toList()) {
      server
          .client()
          .apiKeys()
          .create(SdkCalls.API_KEY_UNTIL_REVOKED.toBuilder().scopes(scope).build());
    }

    assertThat(server.dispatcher().exchanges())
        .hasSize(12)
        .allSatisfy(exchange -> assertThat(exchange.violations()).isEmpty());
  }

  @Test
  void createdKeyExampleIsReadWithItsSecret() {
    CreatedApiKey created = server.client().apiKeys().create(SdkCalls.API_KEY_EXPIRING);

    assertThat(created.info().id()).isEqualTo("key_123");
    assertThat(created.info().prefix()).isEqualTo("avk_a7f3");
    assertThat(created.secret().reveal()).startsWith("avk_a7f3");
    assertThat(created.info().scopes())
        .containsExactly(OAuthScope.READ_BOOKINGS, OAuthScope.WRITE_BOOKINGS);
    assertThat(created.info().expiresAt()).isPresent();
  }

  @Test
  void keyPageExampleIsReadWithoutSecrets() {
    Page<ApiKeyInfo> page = server.client().apiKeys().list(SdkCalls.API_KEY_PAGE);

    assertThat(page.items()).extracting(ApiKeyInfo::id).containsExactly("key_123");
    assertThat(page.items().get(0).toString()).doesNotContain("secret");
  }
}
