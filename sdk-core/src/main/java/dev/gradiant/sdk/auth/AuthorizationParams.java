package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.config.BaseUrl;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What {@link AuthClient#authorizationRequest(AuthorizationParams)} needs to build the OAuth 2.0
 * authorization URL. {@code state} and the PKCE verifier are generated when left unset, which is
 * what applications should do; setting them is for tests and for flows that make their own. The
 * state is a secret: {@link #toString()} leaves it out.
 *
 * @param clientId {@code client_id}: the application's OAuth client id (required)
 * @param redirectUri {@code redirect_uri}: where the browser returns with the code (required,
 *     absolute; {@code https}, a native app's own scheme, or {@code http} to a loopback host)
 * @param scopes {@code scope}: the scopes asked for, in order; empty leaves the parameter out so
 *     the server applies its default
 * @param state {@code state}: the anti-forgery value, or {@code null} to generate one
 * @param pkce the PKCE verifier and challenge, or {@code null} to generate them
 * @param baseUrl the API root the authorization endpoint {@code /oauth/authorize} lives under, or
 *     {@code null} for the base URL of the client that builds the request
 */
public record AuthorizationParams(
    String clientId,
    String redirectUri,
    List<OAuthScope> scopes,
    String state,
    Pkce pkce,
    String baseUrl) {

  /**
   * Checks the fields and fills the defaults.
   *
   * @param clientId {@code client_id} (required)
   * @param redirectUri {@code redirect_uri} (required, absolute)
   * @param scopes the scopes asked for; {@code null} means none
   * @param state the anti-forgery value, or {@code null} to generate one
   * @param pkce the PKCE verifier and challenge, or {@code null} to generate them
   * @param baseUrl the API root, or {@code null} for the client's own
   * @throws NullPointerException if {@code clientId}, {@code redirectUri} or a scope is null
   * @throws IllegalArgumentException if {@code clientId} is blank, {@code redirectUri} is not
   *     absolute https (or loopback http), {@code state} is blank or not printable ASCII, or {@code
   *     baseUrl} is invalid
   */
  public AuthorizationParams {
    RequiredText.require("clientId", clientId);
    RedirectUri.require(redirectUri);
    scopes = copy(scopes);
    if (state != null) {
      requireState(state);
    }
    baseUrl = baseUrl == null ? null : BaseUrl.parse(baseUrl).toString();
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "AuthorizationParams[clientId="
        + clientId
        + ", redirectUri="
        + redirectUri
        + ", scopes="
        + scopes
        + ", state="
        + Redacted.of(state)
        + ", pkce="
        + pkce
        + ", baseUrl="
        + baseUrl
        + "]";
  }

  private static List<OAuthScope> copy(List<OAuthScope> scopes) {
    if (scopes == null) {
      return List.of();
    }
    List<OAuthScope> copy = new ArrayList<>(scopes.size());
    for (int i = 0; i < scopes.size(); i++) {
      int index = i;
      copy.add(Objects.requireNonNull(scopes.get(i), () -> "scopes[" + index + "] must be set"));
    }
    return Collections.unmodifiableList(copy);
  }

  /** RFC 6749 Appendix A.5: {@code state} is one or more VSCHAR (printable ASCII). */
  private static void requireState(String state) {
    if (state.isBlank()) {
      throw new IllegalArgumentException(
          "state must not be blank (leave it unset to generate one)");
    }
    if (!state.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      throw new IllegalArgumentException("state must be printable ASCII (RFC 6749 VSCHAR)");
    }
  }

  /** Collects the fields of an {@link AuthorizationParams}. */
  public static final class Builder {
    private String clientId;
    private String redirectUri;
    private List<OAuthScope> scopes;
    private String state;
    private Pkce pkce;
    private String baseUrl;

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
     * @param redirectUri where the browser returns with the code (required), e.g. {@code
     *     https://your-app.com/oauth/callback}
     * @return this builder
     */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = redirectUri;
      return this;
    }

    /**
     * @param scopes the scopes asked for, e.g. {@link OAuthScope#READ_PROFILE}
     * @return this builder
     */
    public Builder scopes(OAuthScope... scopes) {
      this.scopes = Arrays.asList(scopes);
      return this;
    }

    /**
     * @param scopes the scopes asked for
     * @return this builder
     */
    public Builder scopes(List<OAuthScope> scopes) {
      this.scopes = scopes;
      return this;
    }

    /**
     * @param state the anti-forgery value to send instead of a generated one
     * @return this builder
     */
    public Builder state(String state) {
      this.state = state;
      return this;
    }

    /**
     * @param pkce the verifier and challenge to use instead of generated ones
     * @return this builder
     */
    public Builder pkce(Pkce pkce) {
      this.pkce = pkce;
      return this;
    }

    /**
     * @param baseUrl the API root, e.g. {@code client.baseUrl()} for a self-hosted deployment
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a required field is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public AuthorizationParams build() {
      return new AuthorizationParams(clientId, redirectUri, scopes, state, pkce, baseUrl);
    }
  }
}
