package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;
import java.util.Optional;

/**
 * The refresh-token grant of {@code POST /oauth/token} (RFC 6749 §6). The refresh token is a
 * secret: {@link #toString()} leaves it out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead). Accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class OAuthRefreshParams {
  @JsonProperty private final String refreshToken;
  @JsonProperty private final String clientId;

  private OAuthRefreshParams(Builder builder) {
    this.refreshToken = RequiredText.require("refreshToken", builder.refreshToken);
    this.clientId =
        builder.clientId == null ? null : RequiredText.require("clientId", builder.clientId);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.refreshToken = refreshToken;
    builder.clientId = clientId;
    return builder;
  }

  /** {@return {@code refresh_token}: from an earlier {@link OAuthToken}} */
  public String refreshToken() {
    return refreshToken;
  }

  /**
   * {@return {@code client_id}: the application's OAuth client id; required for public clients, may
   * be left out by confidential ones, if present}
   */
  public Optional<String> clientId() {
    return Optional.ofNullable(clientId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OAuthRefreshParams other
        && Objects.equals(refreshToken, other.refreshToken)
        && Objects.equals(clientId, other.clientId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(refreshToken, clientId);
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
     * @param refreshToken {@code refresh_token}: from an earlier {@link OAuthToken} (required)
     * @return this builder
     * @throws NullPointerException if {@code refreshToken} is null
     */
    public Builder refreshToken(String refreshToken) {
      this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken must not be null");
      return this;
    }

    /**
     * @param clientId the application's OAuth client id (required for public clients)
     * @return this builder
     * @throws NullPointerException if {@code clientId} is null
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code refreshToken} is unset
     * @throws IllegalArgumentException if a field is blank
     */
    public OAuthRefreshParams build() {
      return new OAuthRefreshParams(this);
    }
  }
}
