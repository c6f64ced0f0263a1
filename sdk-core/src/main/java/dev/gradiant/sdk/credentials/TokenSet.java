package dev.gradiant.sdk.credentials;

import dev.gradiant.sdk.internal.validation.Secret;
import java.time.Instant;

/**
 * An access token, the refresh token that renews it, and when the access token expires.
 *
 * @param accessToken the bearer token sent with requests
 * @param refreshToken the token that obtains a new access token, or {@code null} if none
 * @param expiresAt when the access token expires, or {@code null} if unknown
 */
public record TokenSet(String accessToken, String refreshToken, Instant expiresAt) {

  /**
   * Requires the access token.
   *
   * @param accessToken the bearer token sent with requests
   * @param refreshToken the token that obtains a new access token, or {@code null} if none
   * @param expiresAt when the access token expires, or {@code null} if unknown
   */
  public TokenSet {
    accessToken = Secret.require("accessToken", accessToken);
  }

  /** Shows whether each part is set, never the tokens. */
  @Override
  public String toString() {
    return "TokenSet[accessToken=****, refreshToken="
        + (refreshToken == null ? "null" : "****")
        + ", expiresAt="
        + expiresAt
        + "]";
  }
}
