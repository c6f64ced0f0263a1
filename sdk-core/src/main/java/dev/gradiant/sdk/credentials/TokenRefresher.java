package dev.gradiant.sdk.credentials;

/**
 * Obtains new tokens with a refresh token, e.g. by calling {@code POST /auth/refresh} or {@code
 * POST /oauth/token} through a client that needs no credentials.
 */
@FunctionalInterface
public interface TokenRefresher {

  /**
   * @param refreshToken the current refresh token
   * @return the new tokens; a {@code null} refresh token in it means "keep the current one"
   */
  TokenSet refresh(String refreshToken);
}
