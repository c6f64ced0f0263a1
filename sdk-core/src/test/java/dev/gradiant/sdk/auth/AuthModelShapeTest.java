package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import dev.gradiant.sdk.credentials.TokenSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The token types can gain fields without breaking callers: final classes built only through their
 * builders, whose {@code toBuilder()} carries every field.
 */
class AuthModelShapeTest {
  private static final AuthTokens TOKENS =
      AuthTokens.builder()
          .accessToken("at")
          .refreshToken("rt")
          .tokenType("Bearer")
          .expiresIn(900)
          .build();
  private static final OAuthToken OAUTH =
      OAuthToken.builder()
          .accessToken("at")
          .tokenType("Bearer")
          .expiresIn(3600)
          .refreshToken("rt")
          .scope("read:profile")
          .build();
  private static final TokenSet SET =
      TokenSet.builder().accessToken("at").refreshToken("rt").expiresAt(Instant.EPOCH).build();

  @ParameterizedTest
  @ValueSource(classes = {AuthTokens.class, OAuthToken.class, TokenSet.class})
  void isAFinalClassBuiltOnlyThroughItsBuilder(Class<?> type) throws ReflectiveOperationException {
    ModelShape.assertGrowable(type);
  }

  @Test
  void toBuilderRoundTripsEveryField() {
    assertThat(TOKENS.toBuilder().build()).isEqualTo(TOKENS).hasSameHashCodeAs(TOKENS);
    assertThat(OAUTH.toBuilder().build()).isEqualTo(OAUTH).hasSameHashCodeAs(OAUTH);
    assertThat(SET.toBuilder().build()).isEqualTo(SET).hasSameHashCodeAs(SET);
    assertThat(TOKENS.toBuilder().expiresIn(60).build()).isNotEqualTo(TOKENS);

    assertThat(TOKENS.accessToken()).isEqualTo("at");
    assertThat(TOKENS.refreshToken()).hasValue("rt");
    assertThat(TOKENS.tokenType()).isEqualTo("Bearer");
    assertThat(TOKENS.expiresIn()).isEqualTo(900L);
    assertThat(OAUTH.accessToken()).isEqualTo("at");
    assertThat(OAUTH.tokenType()).isEqualTo("Bearer");
    assertThat(OAUTH.expiresIn()).hasValue(3600L);
    assertThat(OAUTH.refreshToken()).hasValue("rt");
    assertThat(OAUTH.scope()).hasValue("read:profile");
    assertThat(SET.accessToken()).isEqualTo("at");
    assertThat(SET.refreshToken()).hasValue("rt");
    assertThat(SET.expiresAt()).hasValue(Instant.EPOCH);
  }

  @Test
  void requiredFieldsAreCheckedByBuild() {
    assertThatThrownBy(() -> AuthTokens.builder().accessToken("at").expiresIn(1).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("AuthTokens.tokenType is required");
    assertThatThrownBy(() -> OAuthToken.builder().tokenType("Bearer").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("OAuthToken.accessToken is required");
    assertThatThrownBy(() -> TokenSet.builder().refreshToken("rt").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not be null or blank");
    assertThatThrownBy(() -> TokenSet.builder().refreshToken(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("refreshToken must not be null");
  }

  @Test
  void toStringStillHidesTheTokens() {
    assertThat(TOKENS.toString()).doesNotContain("at,", "rt").contains("****");
    assertThat(OAUTH.toString()).doesNotContain("=at", "=rt");
    assertThat(SET.toString())
        .isEqualTo("TokenSet[accessToken=****, refreshToken=****, expiresAt=1970-01-01T00:00:00Z]");
    assertThat(TokenSet.builder().accessToken("at").build().toString())
        .isEqualTo("TokenSet[accessToken=****, refreshToken=null, expiresAt=null]");
  }
}
