package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;

/**
 * The body of {@code POST /auth/refresh}. The refresh token is a secret: {@link #toString()} leaves
 * it out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead).
 */
public final class RefreshParams {
  @JsonProperty private final String refreshToken;

  private RefreshParams(Builder builder) {
    this.refreshToken = RequiredText.require("refreshToken", builder.refreshToken);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.refreshToken = refreshToken;
    return builder;
  }

  /** {@return the refresh token from an earlier {@link AuthTokens}} */
  public String refreshToken() {
    return refreshToken;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RefreshParams other && Objects.equals(refreshToken, other.refreshToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(refreshToken);
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
     * @throws NullPointerException if {@code refreshToken} is null
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code refreshToken} is unset
     * @throws IllegalArgumentException if {@code refreshToken} is blank
     */
    public RefreshParams build() {
      return new RefreshParams(this);
    }
  }
}
