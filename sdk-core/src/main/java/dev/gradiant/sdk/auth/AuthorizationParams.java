package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.config.BaseUrl;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link AuthClient#authorizationRequest(AuthorizationParams)} needs to build the OAuth 2.0
 * authorization URL. {@code state} and the PKCE verifier are generated when left unset, which is
 * what applications should do; setting them is for tests and for flows that make their own. The
 * state is a secret: {@link #toString()} leaves it out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead). Accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class AuthorizationParams {
  @JsonProperty private final String clientId;
  @JsonProperty private final String redirectUri;
  @JsonProperty private final List<OAuthScope> scopes;
  @JsonProperty private final String state;
  @JsonProperty private final Pkce pkce;
  @JsonProperty private final String baseUrl;

  private AuthorizationParams(Builder builder) {
    this.clientId = RequiredText.require("clientId", builder.clientId);
    this.redirectUri = RedirectUri.require(builder.redirectUri);
    this.scopes = copy(builder.scopes);
    if (builder.state != null) {
      requireState(builder.state);
    }
    this.state = builder.state;
    this.pkce = builder.pkce;
    this.baseUrl = builder.baseUrl == null ? null : BaseUrl.parse(builder.baseUrl).toString();
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.clientId = clientId;
    builder.redirectUri = redirectUri;
    builder.scopes = scopes;
    builder.state = state;
    builder.pkce = pkce;
    builder.baseUrl = baseUrl;
    return builder;
  }

  /** {@return {@code client_id}: the application's OAuth client id} */
  public String clientId() {
    return clientId;
  }

  /**
   * {@return {@code redirect_uri}: where the browser returns with the code (absolute; {@code
   * https}, a native app's own scheme, or {@code http} to a loopback host)}
   */
  public String redirectUri() {
    return redirectUri;
  }

  /**
   * {@return {@code scope}: the scopes asked for, in order; empty leaves the parameter out so the
   * server applies its default; empty when absent, unmodifiable}
   */
  public List<OAuthScope> scopes() {
    return scopes == null ? List.of() : scopes;
  }

  /** {@return {@code state}: the anti-forgery value to send; empty to generate one, if present} */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** {@return the PKCE verifier and challenge; empty to generate them, if present} */
  public Optional<Pkce> pkce() {
    return Optional.ofNullable(pkce);
  }

  /**
   * {@return the root the authorization endpoint {@code /oauth/authorize} lives under; empty for
   * the auth base URL of the client that builds the request (its API base URL unless {@code
   * GradiantClientBuilder.authBaseUrl(..)} set another), if present}
   */
  public Optional<String> baseUrl() {
    return Optional.ofNullable(baseUrl);
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

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthorizationParams other
        && Objects.equals(clientId, other.clientId)
        && Objects.equals(redirectUri, other.redirectUri)
        && Objects.equals(scopes, other.scopes)
        && Objects.equals(state, other.state)
        && Objects.equals(pkce, other.pkce)
        && Objects.equals(baseUrl, other.baseUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(clientId, redirectUri, scopes, state, pkce, baseUrl);
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
     * @throws NullPointerException if {@code clientId} is null
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId must not be null");
      return this;
    }

    /**
     * @param redirectUri where the browser returns with the code, e.g. {@code
     *     https://your-app.com/oauth/callback} (required)
     * @return this builder
     * @throws NullPointerException if {@code redirectUri} is null
     */
    public Builder redirectUri(String redirectUri) {
      this.redirectUri = Objects.requireNonNull(redirectUri, "redirectUri must not be null");
      return this;
    }

    /**
     * @param scopes the scopes asked for
     * @return this builder
     * @throws NullPointerException if {@code scopes} is null
     */
    public Builder scopes(List<OAuthScope> scopes) {
      this.scopes = Objects.requireNonNull(scopes, "scopes must not be null");
      return this;
    }

    /**
     * @param state the anti-forgery value to send instead of a generated one
     * @return this builder
     * @throws NullPointerException if {@code state} is null
     */
    public Builder state(String state) {
      this.state = Objects.requireNonNull(state, "state must not be null");
      return this;
    }

    /**
     * @param pkce the verifier and challenge to use instead of generated ones
     * @return this builder
     * @throws NullPointerException if {@code pkce} is null
     */
    public Builder pkce(Pkce pkce) {
      this.pkce = Objects.requireNonNull(pkce, "pkce must not be null");
      return this;
    }

    /**
     * @param baseUrl the API root, e.g. {@code client.baseUrl()} for a self-hosted deployment
     * @return this builder
     * @throws NullPointerException if {@code baseUrl} is null
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl must not be null");
      return this;
    }

    /**
     * @param scopes the scopes asked for, e.g. {@link OAuthScope#READ_PROFILE}
     * @return this builder
     * @throws NullPointerException if {@code scopes} is null
     */
    public Builder scopes(OAuthScope... scopes) {
      this.scopes = Arrays.asList(Objects.requireNonNull(scopes, "scopes must not be null"));
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a required field is unset or a scope is null
     * @throws IllegalArgumentException if {@code clientId} is blank, {@code redirectUri} is not
     *     absolute https (or loopback http), {@code state} is blank or not printable ASCII, or
     *     {@code baseUrl} is invalid
     */
    public AuthorizationParams build() {
      return new AuthorizationParams(this);
    }
  }
}
