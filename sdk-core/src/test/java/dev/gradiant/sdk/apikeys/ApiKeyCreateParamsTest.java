package dev.gradiant.sdk.apikeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.auth.OAuthScope;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A key is granted only scopes both sides define, each once, under a usable name. */
class ApiKeyCreateParamsTest {

  @Test
  void scopesMustBeKnownNonEmptyAndUnique() {
    assertThatThrownBy(() -> named().scopes(List.of()).build())
        .hasMessageContaining("scopes must name at least one scope");
    assertThatThrownBy(
            () -> named().scopes(OAuthScope.READ_PROFILE, OAuthScope.of("read:wearables")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scopes[1] is read:wearables, which this SDK does not know");
    assertThatThrownBy(
            () -> named().scopes(OAuthScope.READ_PROFILE, OAuthScope.READ_PROFILE).build())
        .hasMessageContaining("scopes[1] repeats read:profile");
    assertThatThrownBy(() -> named().scopes(Arrays.asList(OAuthScope.READ_PROFILE, null)).build())
        .hasMessageContaining("scopes[1] must not be null");
  }

  @Test
  void nameMustBeNonBlankAndAtMost100Characters() {
    assertThatThrownBy(() -> ApiKeyCreateParams.builder().scopes(OAuthScope.READ_PROFILE).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> named(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> named("x".repeat(101)).build())
        .hasMessageContaining("name must be at most 100 characters, got 101");
    assertThat(named("\uD83D\uDD11".repeat(100)).build().name()).hasSize(200);
  }

  @Test
  void toBuilderEqualsAndToStringKeepEveryField() {
    ApiKeyCreateParams params =
        named()
            .scopes(OAuthScope.ADMIN_PLATFORM)
            .expiresAt(Instant.parse("2025-01-01T00:00:00Z"))
            .build();

    assertThat(params.toBuilder().build()).isEqualTo(params).hasSameHashCodeAs(params);
    assertThat(params.expiresAt()).contains(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(params.toString()).contains("Billing server", "admin:platform", "2025-01-01");
  }

  private static ApiKeyCreateParams.Builder named() {
    return named("Billing server");
  }

  private static ApiKeyCreateParams.Builder named(String name) {
    return ApiKeyCreateParams.builder().name(name).scopes(OAuthScope.READ_PROFILE);
  }
}
