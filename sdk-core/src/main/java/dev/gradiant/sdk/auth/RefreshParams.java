package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.redaction.Redacted;

/**
 * The body of {@code POST /auth/refresh}. The refresh token is a secret: {@link #toString()} leaves
 * it out.
 *
 * @param refreshToken the refresh token from an earlier {@link AuthTokens} (required)
 */
public record RefreshParams(String refreshToken) {

  /**
   * Checks the token.
   *
   * @param refreshToken the refresh token from an earlier {@link AuthTokens} (required)
   * @throws NullPointerException if {@code refreshToken} is null
   * @throws IllegalArgumentException if {@code refreshToken} is blank
   */
  public RefreshParams {
    RequiredText.require("refreshToken", refreshToken);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "RefreshParams[refreshToken=" + Redacted.of(refreshToken) + "]";
  }

  /** Collects the fields of a {@link RefreshParams}. */
  public static final class Builder {
    private String refreshToken;

    private Builder() {}

    /**
     * @param refreshToken the refresh token from an earlier {@link AuthTokens} (required)
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code refreshToken} is unset
     * @throws IllegalArgumentException if {@code refreshToken} is blank
     */
    public RefreshParams build() {
      return new RefreshParams(refreshToken);
    }
  }
}
