package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;

/**
 * The authorization-code grant of {@code POST /oauth/token} (RFC 6749 §4.1.3, RFC 7636 §4.5). The
 * code and the verifier are secrets: {@link #toString()} shows neither.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead).
 */
public final class OAuthCodeExchangeParams {
  @JsonProperty private final String clientId;
  @JsonProperty private final String code;
  @JsonProperty private final String redirectUri;
  @JsonProperty private final String codeVerifier;

  private OAuthCodeExchangeParams(Builder builder) {
    this.clientId = RequiredText.require("clientId", builder.clientId);
    this.code = RequiredText.require("code", builder.code);
    this.redirectUri = RedirectUri.require(builder.redirectUri);
    this.codeVerifier = Pkce.requireVerifier("codeVerifier", builder.codeVerifier);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.clientId = clientId;
    builder.code = code;
    builder.redirectUri = redirectUri;
    builder.codeVerifier = codeVerifier;
    return builder;
  }

  /** {@return {@code client_id}: the application's OAuth client id} */
  public String clientId() {
    return clientId;
  }

  /** {@return {@code code}: the authorization code from the redirect (single use)} */
  public String code() {
    return code;
  }

  /** {@return {@code redirect_uri}: the same redirect URI as in the authorization request} */
  public String redirectUri() {
    return redirectUri;
  }

  /**
   * {@return {@code code_verifier}: the PKCE verifier whose challenge was in the authorization
   * request}
   */
  public String codeVerifier() {
    return codeVerifier;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OAuthCodeExchangeParams other
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(code, other.code)
        && Objects.equals(redirectUri, other.redirectUri)
        && Objects.equals(codeVerifier, other.codeVerifier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, code, redirectUri, codeVerifier);
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
     * @param clientId {@code client_id}: the application's OAuth client id (required)
     * @return this builder
     * @throws NullPointerException if {@code clientId} is null
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId must not be null");
      return this;
    }

    /**
     * @param code the {@code code} query parameter of the redirect (required)
     * @return this builder
     * @throws NullPointerException if {@code code} is null
     */
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code must not be null");
      return this;
    }

    /**
     * @param redirectUri the redirect URI of the authorization request (required)
     * @return this builder
     * @throws NullPointerException if {@code redirectUri} is null
     */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri must not be null");
      return this;
    }

    /**
     * @param codeVerifier the verifier kept since the authorization request, {@link
     *     AuthorizationRequest#codeVerifier()} (required)
     * @return this builder
     * @throws NullPointerException if {@code codeVerifier} is null
     */
    public Builder codeVerifier(String codeVerifier) {
      this.codeVerifier = Objects.requireNonNull(codeVerifier, "codeVerifier must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a field is unset
     * @throws IllegalArgumentException if a field is blank, the redirect URI is not absolute https
     *     (or loopback http), or the verifier breaks RFC 7636
     */
    public OAuthCodeExchangeParams build() {
      return new OAuthCodeExchangeParams(this);
    }
  }
}
