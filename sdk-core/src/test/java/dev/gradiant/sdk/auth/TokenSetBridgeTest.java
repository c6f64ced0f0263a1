package dev.gradiant.sdk.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.credentials.TokenSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Issued tokens convert into the TokenSet that RefreshingTokenCredentials renews. */
class TokenSetBridgeTest {
  private static final Instant ISSUED = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void authTokensKeepBothTokensAndTheExpiry() {
    TokenSet tokens =
        AuthTokens.builder()
            .accessToken("acc")
            .refreshToken("ref")
            .tokenType("Bearer")
            .expiresIn(900L)
            .build()
            .toTokenSet(ISSUED);

    assertThat(tokens)
        .isEqualTo(
            TokenSet.builder()
                .accessToken("acc")
                .refreshToken("ref")
                .expiresAt(ISSUED.plusSeconds(900))
                .build());
  }

  @Test
  void oauthTokenWithoutLifetimeHasNoExpiry() {
    TokenSet tokens =
        OAuthToken.builder()
            .accessToken("tok_9f2c")
            .tokenType("Bearer")
            .scope("read:profile")
            .build()
            .toTokenSet(ISSUED);

    assertThat(tokens.expiresAt()).isEmpty();
    assertThat(tokens.refreshToken()).isEmpty();
    assertThat(tokens.toString()).doesNotContain("tok_9f2c");
  }
}
