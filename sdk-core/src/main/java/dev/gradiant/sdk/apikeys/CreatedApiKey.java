package dev.gradiant.sdk.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.Secret;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@code POST /api-keys}: the new key's details and, this once, the key itself as a
 * {@link Secret}, which never prints. Store {@link #secret()} in a secret store; no later call
 * returns it. {@link #credentials()} turns it into the credentials of a client:
 *
 * <pre>{@code
 * CreatedApiKey created = client.apiKeys().create(params);
 * GradiantClient server = GradiantClient.builder().credentials(created.credentials()).build();
 * }</pre>
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #expiresAt()} is an {@link
 * Optional}.
 */
@JsonDeserialize(builder = CreatedApiKey.Builder.class)
public final class CreatedApiKey {
  @JsonProperty private final String id;
  @JsonProperty private final String name;
  @JsonProperty private final List<OAuthScope> scopes;
  @JsonProperty private final String prefix;
  @JsonProperty private final Instant expiresAt;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Secret secret;

  private CreatedApiKey(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.scopes = builder.scopes;
    this.prefix = builder.prefix;
    this.expiresAt = builder.expiresAt;
    this.createdAt = builder.createdAt;
    this.secret = builder.secret;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this key} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.name = name;
    builder.scopes = scopes;
    builder.prefix = prefix;
    builder.expiresAt = expiresAt;
    builder.createdAt = createdAt;
    builder.secret = secret;
    return builder;
  }

  /** {@return the key's id, which {@link ApiKeysClient#revoke(String)} takes (not the key)} */
  public String id() {
    return id;
  }

  /** {@return what the key is for} */
  public String name() {
    return name;
  }

  /** {@return what the key may do; unmodifiable} */
  public List<OAuthScope> scopes() {
    return scopes;
  }

  /** {@return the first 8 characters of the key, as lists show them} */
  public String prefix() {
    return prefix;
  }

  /** {@return when the key stops working; empty when it works until revoked} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** {@return when the key was created} */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * {@return the key itself, to send as {@code X-API-Key}: {@link Secret#reveal()} reads it, and it
   * prints as {@code ****}}
   */
  public Secret secret() {
    return secret;
  }

  /** {@return credentials that send this key as {@code X-API-Key}, for a client's builder} */
  public Credentials credentials() {
    return Credentials.apiKey(secret.reveal());
  }

  /** {@return the key as {@code GET /api-keys} lists it: everything but the secret} */
  public ApiKeyInfo info() {
    ApiKeyInfo.Builder info =
        ApiKeyInfo.builder().id(id).name(name).scopes(scopes).prefix(prefix).createdAt(createdAt);
    if (expiresAt != null) {
      info.expiresAt(expiresAt);
    }
    return info.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreatedApiKey that
        && id.equals(that.id)
        && name.equals(that.name)
        && scopes.equals(that.scopes)
        && prefix.equals(that.prefix)
        && Objects.equals(expiresAt, that.expiresAt)
        && createdAt.equals(that.createdAt)
        && secret.equals(that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, scopes, prefix, expiresAt, createdAt, secret);
  }

  /** {@return every field, the secret as {@code ****}} */
  @Override
  public String toString() {
    return "CreatedApiKey[id="
        + id
        + ", name="
        + name
        + ", scopes="
        + scopes
        + ", prefix="
        + prefix
        + ", expiresAt="
        + expiresAt
        + ", createdAt="
        + createdAt
        + ", secret="
        + secret
        + "]";
  }

  /**
   * Collects the fields of a {@link CreatedApiKey}. Each method rejects null; leave {@code
   * expiresAt} unset to have it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String name;
    private List<OAuthScope> scopes = List.of();
    private String prefix;
    private Instant expiresAt;
    private Instant createdAt;
    private Secret secret;

    private Builder() {}

    /**
     * @param id the key's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param name what the key is for (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /**
     * @param scopes what the key may do; copied (empty when never set)
     * @return this builder
     * @throws NullPointerException if {@code scopes} is or holds null
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder scopes(List<OAuthScope> scopes) {
      Objects.requireNonNull(scopes, "scopes must not be null");
      scopes.forEach(scope -> Objects.requireNonNull(scope, "scopes must not hold null"));
      this.scopes = List.copyOf(scopes);
      return this;
    }

    /**
     * @param prefix the first characters of the key (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder prefix(String prefix) {
      this.prefix = Objects.requireNonNull(prefix, "prefix must not be null");
      return this;
    }

    /**
     * @param expiresAt when the key stops working
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
      return this;
    }

    /**
     * @param createdAt when the key was created (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param secret the key itself (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder secret(Secret secret) {
      this.secret = Objects.requireNonNull(secret, "secret must not be null");
      return this;
    }

    /**
     * @return the key
     * @throws IllegalStateException if {@code id}, {@code name}, {@code prefix}, {@code createdAt}
     *     or {@code secret} is unset
     */
    public CreatedApiKey build() {
      required(id, "id");
      required(name, "name");
      required(prefix, "prefix");
      required(createdAt, "createdAt");
      required(secret, "secret");
      return new CreatedApiKey(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("CreatedApiKey." + field + " is required");
      }
    }
  }
}
