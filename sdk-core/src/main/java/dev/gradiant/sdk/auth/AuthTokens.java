package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens issued by {@code /auth/login}, {@code /auth/otp/verify} and {@code /auth/refresh}.
 * Both tokens are secrets: {@link #toString()} leaves them out.
 *
 * @param accessToken the access token (a JWT, valid 15 minutes), sent as {@code Authorization:
 *     Bearer <accessToken>}
 * @param refreshToken the refresh token for {@code POST /auth/refresh}; when present it replaces
 *     the previous one (tokens rotate), {@code null} when the server issued none
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires, counted from when it was issued
 */
public record AuthTokens(
    String accessToken, String refreshToken, String tokenType, Long expiresIn) {

  /**
   * When the access token expires, for a response received at {@code issuedAt}.
   *
   * @param issuedAt when the response arrived, e.g. {@code Instant.now()} right after the call
   * @return {@code issuedAt} plus {@link #expiresIn()}; empty when the server gave no lifetime
   */
  public Optional<Instant> expiresAt(Instant issuedAt) {
    Objects.requireNonNull(issuedAt, "issuedAt must not be null");
    return Optional.ofNullable(expiresIn).map(issuedAt::plusSeconds);
  }

  /**
   * The access token as credentials, to call the API as the user who logged in: pass them to {@link
   * dev.gradiant.sdk.core.RequestOptions.Builder#credentials(Credentials)}.
   *
   * @return {@code Authorization: Bearer <accessToken>}
   * @throws IllegalArgumentException if the response held no usable access token
   */
  public Credentials toCredentials() {
    return Credentials.bearerToken(accessToken);
  }

  /**
   * The tokens as a {@link TokenSet}, ready for {@link RefreshingTokenCredentials}, which renews
   * them before they expire.
   *
   * @param issuedAt when the response arrived, e.g. {@code Instant.now()} right after the call
   * @return the access and refresh tokens with their expiry
   * @throws IllegalArgumentException if the response held no usable access token
   */
  public TokenSet toTokenSet(Instant issuedAt) {
    return new TokenSet(accessToken(), refreshToken(), expiresAt(issuedAt).orElse(null));
  }

  @Override
  public String toString() {
    return "AuthTokens[accessToken="
        + Redacted.of(accessToken)
        + ", refreshToken="
        + Redacted.of(refreshToken)
        + ", tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + "]";
  }
}
