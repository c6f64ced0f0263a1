package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.redaction.Redacted;

/**
 * The refresh-token grant of {@code POST /oauth/token} (RFC 6749 §6). The refresh token is a
 * secret: {@link #toString()} leaves it out.
 *
 * @param refreshToken {@code refresh_token}: from an earlier {@link OAuthToken} (required)
 * @param clientId {@code client_id}: the application's OAuth client id; required for public
 *     clients, may be left out by confidential ones
 */
public record OAuthRefreshParams(String refreshToken, String clientId) {

  /**
   * Checks the fields.
   *
   * @param refreshToken {@code refresh_token}: from an earlier {@link OAuthToken} (required)
   * @param clientId {@code client_id}: the application's OAuth client id, or {@code null}
   * @throws NullPointerException if {@code refreshToken} is null
   * @throws IllegalArgumentException if {@code refreshToken} or a set {@code clientId} is blank
   */
  public OAuthRefreshParams {
    RequiredText.require("refreshToken", refreshToken);
    if (clientId != null) {
      RequiredText.require("clientId", clientId);
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "OAuthRefreshParams[refreshToken="
        + Redacted.of(refreshToken)
        + ", clientId="
        + clientId
        + "]";
  }

  /** Collects the fields of an {@link OAuthRefreshParams}. */
  public static final class Builder {
    private String refreshToken;
    private String clientId;

    private Builder() {}

    /**
     * @param refreshToken the refresh token from an earlier {@link OAuthToken} (required)
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = refreshToken;
      return this;
    }

    /**
     * @param clientId the application's OAuth client id (required for public clients)
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code refreshToken} is unset
     * @throws IllegalArgumentException if a field is blank
     */
    public OAuthRefreshParams build() {
      return new OAuthRefreshParams(refreshToken, clientId);
    }
  }
}
