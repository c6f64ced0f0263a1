package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.credentials.RefreshingTokenCredentials;
import dev.gradiant.sdk.credentials.TokenSet;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The tokens issued by {@code /auth/login}, {@code /auth/otp/verify} and {@code /auth/refresh}.
 * Both tokens are secrets: {@link #toString()} leaves them out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}.
 */
@JsonDeserialize(builder = AuthTokens.Builder.class)
public final class AuthTokens {
  @JsonProperty private final String accessToken;
  @JsonProperty private final String refreshToken;
  @JsonProperty private final String tokenType;
  @JsonProperty private final Long expiresIn;

  private AuthTokens(Builder builder) {
    this.accessToken = builder.accessToken;
    this.refreshToken = builder.refreshToken;
    this.tokenType = builder.tokenType;
    this.expiresIn = builder.expiresIn;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.accessToken = accessToken;
    builder.refreshToken = refreshToken;
    builder.tokenType = tokenType;
    builder.expiresIn = expiresIn;
    return builder;
  }

  /**
   * {@return the access token (a JWT, valid 15 minutes), sent as {@code Authorization: Bearer
   * <accessToken>}}
   */
  public String accessToken() {
    return accessToken;
  }

  /**
   * {@return the refresh token for {@code POST /auth/refresh}, which replaces the previous one
   * (tokens rotate), if present}
   */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** {@return the token type, always {@code Bearer}} */
  public String tokenType() {
    return tokenType;
  }

  /** {@return seconds until the access token expires, counted from when it was issued} */
  public long expiresIn() {
    return expiresIn;
  }

  /**
   * When the access token expires, for a response received at {@code issuedAt}.
   *
   * @param issuedAt when the response arrived, e.g. {@code Instant.now()} right after the call
   * @return {@code issuedAt} plus {@link #expiresIn()}
   */
  public Instant expiresAt(Instant issuedAt) {
    Objects.requireNonNull(issuedAt, "issuedAt must not be null");
    return issuedAt.plusSeconds(expiresIn);
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
    tokens.expiresAt(expiresAt(issuedAt));
    return tokens.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuthTokens other
        && Objects.equals(accessToken, other.accessToken)
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(tokenType, other.tokenType)
        && Objects.equals(expiresIn, other.expiresIn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, refreshToken, tokenType, expiresIn);
  }

  @Override
  public String toString() {
    return "AuthTokens[accessToken="
        + Redacted.of(accessToken)
        + ", refreshToken="
        + Redacted.of(refreshToken)
        + ", tokenType="
        + tokenType
        + ", expiresIn="
        + expiresIn
        + "]";
  }

  /** Collects the fields of an {@link AuthTokens}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String accessToken;
    private String refreshToken;
    private String tokenType;
    private Long expiresIn;

    private Builder() {}

    /**
     * @param accessToken the access token (required)
     * @return this builder
     * @throws NullPointerException if {@code accessToken} is null
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken must not be null");
      return this;
    }

    /**
     * @param refreshToken the refresh token
     * @return this builder
     * @throws NullPointerException if {@code refreshToken} is null
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken must not be null");
      return this;
    }

    /**
     * @param tokenType the token type, {@code Bearer} (required)
     * @return this builder
     * @throws NullPointerException if {@code tokenType} is null
     */
    public Builder tokenType(String tokenType) {
      this.tokenType = Objects.requireNonNull(tokenType, "tokenType must not be null");
      return this;
    }

    /**
     * @param expiresIn seconds until the access token expires (required)
     * @return this builder
     */
    public Builder expiresIn(long expiresIn) {
      this.expiresIn = expiresIn;
      return this;
    }

    /**
     * @return the tokens
     * @throws IllegalStateException if {@code accessToken}, {@code tokenType} or {@code expiresIn}
     *     is unset
     */
    public AuthTokens build() {
      if (accessToken == null) {
        throw new IllegalStateException("AuthTokens.accessToken is required");
      }
      if (tokenType == null) {
        throw new IllegalStateException("AuthTokens.tokenType is required");
      }
      if (expiresIn == null) {
        throw new IllegalStateException("AuthTokens.expiresIn is required");
      }
      return new AuthTokens(this);
    }
  }
}
