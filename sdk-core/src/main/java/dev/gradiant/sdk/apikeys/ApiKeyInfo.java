package dev.gradiant.sdk.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.auth.OAuthScope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key as {@code GET /api-keys} lists it: its id, name, scopes and {@link #prefix()}, never
 * the key itself (only {@link CreatedApiKey} has it, once). (The credential that sends a key is
 * {@link dev.gradiant.sdk.core.Credentials#apiKey(String)}.)
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #expiresAt()} is an {@link
 * Optional} (absent: the key works until revoked); {@link #scopes()} may hold scopes this SDK does
 * not know ({@link OAuthScope#isKnown()}).
 */
@JsonDeserialize(builder = ApiKeyInfo.Builder.class)
public final class ApiKeyInfo {
  @JsonProperty private final String id;
  @JsonProperty private final String name;
  @JsonProperty private final List<OAuthScope> scopes;
  @JsonProperty private final String prefix;
  @JsonProperty private final Instant expiresAt;
  @JsonProperty private final Instant createdAt;

  private ApiKeyInfo(Builder builder) {
    this.id = builder.id;
    this.name = builder.name;
    this.scopes = builder.scopes;
    this.prefix = builder.prefix;
    this.expiresAt = builder.expiresAt;
    this.createdAt = builder.createdAt;
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
    return builder;
  }

  /** {@return the key's id, which {@link ApiKeysClient#revoke(String)} takes (not the key)} */
  public String id() {
    return id;
  }

  /** {@return what the key is for, as given at creation} */
  public String name() {
    return name;
  }

  /** {@return what the key may do; unmodifiable} */
  public List<OAuthScope> scopes() {
    return scopes;
  }

  /** {@return the first 8 characters of the key ({@code avk_} and 4 more), to tell keys apart} */
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

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeyInfo that
        && id.equals(that.id)
        && name.equals(that.name)
        && scopes.equals(that.scopes)
        && prefix.equals(that.prefix)
        && Objects.equals(expiresAt, that.expiresAt)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, scopes, prefix, expiresAt, createdAt);
  }

  @Override
  public String toString() {
    return "ApiKeyInfo[id="
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
        + "]";
  }

  /**
   * Collects the fields of an {@link ApiKeyInfo}. Each method rejects null; leave {@code expiresAt}
   * unset to have it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String name;
    private List<OAuthScope> scopes = List.of();
    private String prefix;
    private Instant expiresAt;
    private Instant createdAt;

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
     * @return the key
     * @throws IllegalStateException if {@code id}, {@code name}, {@code prefix} or {@code
     *     createdAt} is unset
     */
    public ApiKeyInfo build() {
      required(id, "id");
      required(name, "name");
      required(prefix, "prefix");
      required(createdAt, "createdAt");
      return new ApiKeyInfo(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("ApiKeyInfo." + field + " is required");
      }
    }
  }
}
