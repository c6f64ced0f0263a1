package dev.gradiant.sdk.credentials;

import dev.gradiant.sdk.internal.validation.CredentialText;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An access token, the refresh token that renews it, and when the access token expires. The tokens
 * are secrets: {@link #toString()} shows only whether each is set.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead); accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class TokenSet {
  private final String accessToken;
  private final String refreshToken;
  private final Instant expiresAt;

  private TokenSet(Builder builder) {
    this.accessToken = CredentialText.require("accessToken", builder.accessToken);
    this.refreshToken = builder.refreshToken;
    this.expiresAt = builder.expiresAt;
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
    builder.expiresAt = expiresAt;
    return builder;
  }

  /** {@return the bearer token sent with requests} */
  public String accessToken() {
    return accessToken;
  }

  /** {@return the token that obtains a new access token, if present} */
  public Optional<String> refreshToken() {
    return Optional.ofNullable(refreshToken);
  }

  /** {@return when the access token expires, if present} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TokenSet other
        && Objects.equals(accessToken, other.accessToken)
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(expiresAt, other.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessToken, refreshToken, expiresAt);
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

  /** Collects the fields of a {@link TokenSet}. */
  public static final class Builder {
    private String accessToken;
    private String refreshToken;
    private Instant expiresAt;

    private Builder() {}

    /**
     * @param accessToken the bearer token sent with requests (required)
     * @return this builder
     * @throws NullPointerException if {@code accessToken} is null
     */
    public Builder accessToken(String accessToken) {
      this.accessToken = Objects.requireNonNull(accessToken, "accessToken must not be null");
      return this;
    }

    /**
     * @param refreshToken the token that obtains a new access token
     * @return this builder
     * @throws NullPointerException if {@code refreshToken} is null
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken must not be null");
      return this;
    }

    /**
     * @param expiresAt when the access token expires
     * @return this builder
     * @throws NullPointerException if {@code expiresAt} is null
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
      return this;
    }

    /**
     * @return the tokens
     * @throws IllegalArgumentException if {@code accessToken} is unset, blank or holds a control
     *     character
     */
    public TokenSet build() {
      return new TokenSet(this);
    }
  }
}
