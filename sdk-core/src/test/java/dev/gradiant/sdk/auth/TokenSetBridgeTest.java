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
    TokenSet tokens = new AuthTokens("acc", "ref", "Bearer", 900L).toTokenSet(ISSUED);

    assertThat(tokens).isEqualTo(new TokenSet("acc", "ref", ISSUED.plusSeconds(900)));
  }

  @Test
  void oauthTokenWithoutLifetimeHasNoExpiry() {
    TokenSet tokens =
        new OAuthToken("tok_9f2c", "Bearer", null, null, "read:profile").toTokenSet(ISSUED);

    assertThat(tokens.expiresAt()).isNull();
    assertThat(tokens.refreshToken()).isNull();
    assertThat(tokens.toString()).doesNotContain("tok_9f2c");
  }
}
