package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
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
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}.
 */
@JsonDeserialize(builder = OAuthToken.Builder.class)
public final class OAuthToken {
  @JsonProperty("access_token")
  private final String accessToken;

  @JsonProperty("token_type")
  private final String tokenType;

  @JsonProperty("expires_in")
  private final Long expiresIn;

  @JsonProperty("refresh_token")
  private final String refreshToken;

  @JsonProperty("scope")
  private final String scope;

  private OAuthToken(Builder builder) {
    this.accessToken = builder.accessToken;
    this.tokenType = builder.tokenType;
    this.expiresIn = builder.expiresIn;
    this.refreshToken = builder.refreshToken;
    this.scope = builder.scope;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.accessToken = accessToken;
    builder.tokenType = tokenType;
    builder.expiresIn = expiresIn;
    builder.refreshToken = refreshToken;
    builder.scope = scope;
    return builder;
  }

  /** {@return {@code access_token}: sent as {@code Authorization: Bearer <accessToken>}} */
  public String accessToken() {
    return accessToken;
  }

  /** {@return {@code token_type}: {@code Bearer}} */
  public String tokenType() {
    return tokenType;
  }

  /** {@return {@code expires_in}: seconds until the access token expires, if present} */
  public Optional<Long> expiresIn() {
    return Optional.ofNullable(expiresIn);
  }

  /**
   * {@return {@code refresh_token}: the new refresh token, which replaces the one sent (tokens
   * rotate), if present}
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /**
   * {@return {@code scope}: the granted scopes, space-separated; absent when they are the ones
   * requested, if present}
   */
  public Optional<String> scope() {
    return Optional.ofNullable(scope);
  }

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
    return expiresIn().map(issuedAt::plusSeconds);
  }

  /**
   * The access token as credentials, to call the API as the user: pass them to {@link
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
    TokenSet.Builder tokens = TokenSet.builder().accessToken(accessToken);
    refreshToken().ifPresent(tokens::refreshToken);
    expiresAt(issuedAt).ifPresent(tokens::expiresAt);
    return tokens.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OAuthToken other
        && Objects.equals(accessToken, other.accessToken)
        && Objects.equals(tokenType, other.tokenType)
        && Objects.equals(expiresIn, other.expiresIn)
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(scope, other.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, tokenType, expiresIn, refreshToken, scope);
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

  /** Collects the fields of an {@link OAuthToken}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String accessToken;
    private String tokenType;
    private Long expiresIn;
    private String refreshToken;
    private String scope;

    private Builder() {}

    /**
     * @param accessToken {@code access_token} (required)
     * @return this builder
     * @throws NullPointerException if {@code accessToken} is null
     */
    @JsonProperty("access_token")
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken must not be null");
      return this;
    }

    /**
     * @param tokenType {@code token_type} (required)
     * @return this builder
     * @throws NullPointerException if {@code tokenType} is null
     */
    @JsonProperty("token_type")
    public Builder tokenType(String tokenType) {
      this.tokenType = Objects.requireNonNull(tokenType, "tokenType must not be null");
      return this;
    }

    /**
     * @param expiresIn {@code expires_in}
     * @return this builder
     */
    @JsonProperty("expires_in")
    public Builder expiresIn(long expiresIn) {
      this.expiresIn = expiresIn;
      return this;
    }

    /**
     * @param refreshToken {@code refresh_token}
     * @return this builder
     * @throws NullPointerException if {@code refreshToken} is null
     */
    @JsonProperty("refresh_token")
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken must not be null");
      return this;
    }

    /**
     * @param scope {@code scope}
     * @return this builder
     * @throws NullPointerException if {@code scope} is null
     */
    @JsonProperty("scope")
    public Builder scope(String scope) {
      this.scope = Objects.requireNonNull(scope, "scope must not be null");
      return this;
    }

    /**
     * @return the token
     * @throws IllegalStateException if {@code accessToken} or {@code tokenType} is unset
     */
    public OAuthToken build() {
      if (accessToken == null) {
        throw new IllegalStateException("OAuthToken.accessToken is required");
      }
      if (tokenType == null) {
        throw new IllegalStateException("OAuthToken.tokenType is required");
      }
      return new OAuthToken(this);
    }
  }
}
