package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The RFC 6749 §5.1 token response of {@code POST /oauth/token}, read from its snake_case fields.
 * Both tokens are secrets: {@link #toString()} leaves them out.
 *
 * @param accessToken {@code access_token}: sent as {@code Authorization: Bearer <accessToken>}
 * @param tokenType {@code token_type}: {@code Bearer}
 * @param expiresIn {@code expires_in}: seconds until the access token expires, or {@code null} when
 *     the server did not say
 * @param refreshToken {@code refresh_token}: the new refresh token, which replaces the one sent
 *     (tokens rotate); {@code null} when none was issued
 * @param scope {@code scope}: the granted scopes, space-separated; {@code null} when they are the
 *     ones requested
 */
public record OAuthToken(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Long expiresIn,
    @JsonProperty("refresh_token") String refreshToken,
    @JsonProperty("scope") String scope) {

  /** {@return the granted scopes, in the server's order; empty when it named none} */
  public List<OAuthScope> scopes() {
    return OAuthScope.parseList(scope);
  }

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
   * The access token as credentials, to call the API on the user's behalf: pass them to {@link
   * dev.gradiant.sdk.core.RequestOptions.Builder#credentials(Credentials)} or to {@link
   * dev.gradiant.sdk.GradiantClientBuilder#credentials(Credentials)}.
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
    return "OAuthToken[accessToken="
        + Redacted.of(accessToken)
        + ", tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + ", refreshToken="
        + Redacted.of(refreshToken)
        + ", scope="
        + scope
        + "]";
  }
}
