package dev.gradiant.sdk.testing.internal;

import dev.gradiant.sdk.testing.internal.Principal.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The credentials the sandbox knows: its API token and key, and the access, refresh and session
 * tokens, authorization codes and one-time passwords it issued.
 */
public final class Tokens {
  /** How long a login access token lives (15 minutes, as documented). */
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofMinutes(15);

  /** How long an OAuth access token lives. */
  static final Duration OAUTH_TOKEN_LIFETIME = Duration.ofHours(1);

  /** How long an authorization code may wait to be exchanged. */
  static final Duration CODE_LIFETIME = Duration.ofMinutes(10);

  private final String apiToken;
  private final String apiKey;
  private final String demoUserId;
  final Map<String, Principal> bearer = new HashMap<>();
  final Map<String, String> refreshTokens = new HashMap<>();
  final Map<String, OAuthGrant> oauthRefreshTokens = new HashMap<>();
  final Map<String, OAuthCode> codes = new HashMap<>();
  final Map<String, String> otps = new HashMap<>();
  final Map<String, MintedKey> mintedKeys = new HashMap<>();

  /**
   * An API key made with {@code POST /api-keys}.
   *
   * @param id the key's id
   * @param scopes what it may do
   * @param expiresAt when it stops working, or null for never
   */
  record MintedKey(String id, Set<String> scopes, Instant expiresAt) {}

  /**
   * What an OAuth refresh token stands for.
   *
   * @param clientId the client it was issued to
   * @param userId the user
   * @param scopes the scopes granted
   */
  record OAuthGrant(String clientId, String userId, Set<String> scopes) {}

  /**
   * An authorization code waiting to be exchanged.
   *
   * @param clientId the client
   * @param redirectUri the redirect URI of the authorization request
   * @param challenge the PKCE S256 challenge
   * @param userId the user who approved
   * @param scopes the scopes approved
   * @param expiresAt when it stops working
   */
  record OAuthCode(
      String clientId,
      String redirectUri,
      String challenge,
      String userId,
      Set<String> scopes,
      Instant expiresAt) {}

  /**
   * @param apiToken the sandbox's API token
   * @param apiKey the sandbox's API key
   * @param demoUserId the user both act as
   */
  public Tokens(String apiToken, String apiKey, String demoUserId) {
    this.apiToken = apiToken;
    this.apiKey = apiKey;
    this.demoUserId = demoUserId;
  }

  /** {@return who a bearer token belongs to, or null when unknown} */
  Principal bearer(String token) {
    if (token.equals(apiToken)) {
      return new Principal(Kind.API_TOKEN, demoUserId, null, null, null);
    }
    if (token.equals(apiKey)) {
      return new Principal(Kind.API_KEY, demoUserId, null, null, null);
    }
    Principal minted = minted(token);
    return minted != null ? minted : bearer.get(token);
  }

  /** {@return who an {@code X-API-Key} belongs to, or null when unknown} */
  Principal apiKey(String key) {
    return key.equals(apiKey)
        ? new Principal(Kind.API_KEY, demoUserId, null, null, null)
        : minted(key);
  }

  private Principal minted(String key) {
    MintedKey minted = mintedKeys.get(key);
    return minted == null
        ? null
        : new Principal(Kind.API_KEY, demoUserId, minted.scopes(), null, minted.expiresAt());
  }

  /** Stops accepting the minted key with this id. */
  void revokeKey(String id) {
    mintedKeys.values().removeIf(key -> key.id().equals(id));
  }

  /** Forgets every token of a deleted session. */
  void forgetSession(String sessionId) {
    bearer.values().removeIf(p -> sessionId.equals(p.sessionId()));
  }
}
