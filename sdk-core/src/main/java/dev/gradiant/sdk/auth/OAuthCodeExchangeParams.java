package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.redaction.Redacted;

/**
 * The authorization-code grant of {@code POST /oauth/token} (RFC 6749 §4.1.3, RFC 7636 §4.5). The
 * code and the verifier are secrets: {@link #toString()} shows neither.
 *
 * @param clientId {@code client_id}: the application's OAuth client id (required)
 * @param code {@code code}: the authorization code from the redirect (required, single use)
 * @param redirectUri {@code redirect_uri}: the same redirect URI as in the authorization request
 *     (required, absolute)
 * @param codeVerifier {@code code_verifier}: the PKCE verifier whose challenge was in the
 *     authorization request (required; 43 to 128 characters of {@code A-Z a-z 0-9 - . _ ~})
 */
public record OAuthCodeExchangeParams(
    String clientId, String code, String redirectUri, String codeVerifier) {

  /**
   * Checks the fields.
   *
   * @param clientId {@code client_id}: the application's OAuth client id (required)
   * @param code {@code code}: the authorization code from the redirect (required, single use)
   * @param redirectUri {@code redirect_uri}: the same redirect URI as in the authorization request
   *     (required, absolute)
   * @param codeVerifier {@code code_verifier}: the PKCE verifier (required)
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if a field is blank, the redirect URI is not absolute https
   *     (or loopback http), or the verifier breaks RFC 7636
   */
  public OAuthCodeExchangeParams {
    RequiredText.require("clientId", clientId);
    RequiredText.require("code", code);
    RedirectUri.require(redirectUri);
    Pkce.requireVerifier("codeVerifier", codeVerifier);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "OAuthCodeExchangeParams[clientId="
        + clientId
        + ", code="
        + Redacted.of(code)
        + ", redirectUri="
        + redirectUri
        + ", codeVerifier="
        + Redacted.of(codeVerifier)
        + "]";
  }

  /** Collects the fields of an {@link OAuthCodeExchangeParams}. */
  public static final class Builder {
    private String clientId;
    private String code;
    private String redirectUri;
    private String codeVerifier;

    private Builder() {}

    /**
     * @param clientId the application's OAuth client id (required)
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = clientId;
      return this;
    }

    /**
     * @param code the {@code code} query parameter of the redirect (required)
     * @return this builder
     */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /**
     * @param redirectUri the redirect URI of the authorization request (required)
     * @return this builder
     */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * @param codeVerifier the verifier kept since the authorization request, {@link
     *     AuthorizationRequest#codeVerifier()} (required)
     * @return this builder
     */
    public Builder codeVerifier(String codeVerifier) {
      this.codeVerifier = codeVerifier;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a field is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public OAuthCodeExchangeParams build() {
      return new OAuthCodeExchangeParams(clientId, code, redirectUri, codeVerifier);
    }
  }
}
