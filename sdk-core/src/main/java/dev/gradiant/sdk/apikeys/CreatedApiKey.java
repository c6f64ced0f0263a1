package dev.gradiant.sdk.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.Secret;
import java.util.Objects;

/**
 * The answer of {@code POST /api-keys}: the new key's details ({@link #info()}, as {@code GET
 * /api-keys} lists them) and, this once, the key itself as a {@link Secret}, which never prints.
 * Store {@link #secret()} in a secret store; no later call returns it. {@link #credentials()} turns
 * it into the credentials of a client:
 *
 * <pre>{@code
 * CreatedApiKey created = client.apiKeys().create(params);
 * String id = created.info().id(); // what apiKeys().revoke(id) takes
 * GradiantClient server = GradiantClient.builder().credentials(created.credentials()).build();
 * }</pre>
 *
 * <p>On the wire the answer is one flat object (the fields of {@link ApiKeyInfo} and {@code
 * secret}); the SDK reads it into these two parts.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null.
 */
@JsonDeserialize(builder = CreatedApiKey.Builder.class)
public final class CreatedApiKey {
  @JsonUnwrapped private final ApiKeyInfo info;
  @JsonProperty private final Secret secret;

  private CreatedApiKey(Builder builder) {
    this.info = builder.info;
    this.secret = builder.secret;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this key} */
  public Builder toBuilder() {
    return new Builder().info(info).secret(secret);
  }

  /**
   * {@return the key as {@code GET /api-keys} lists it: its id (which {@link
   * ApiKeysClient#revoke(String)} takes), name, scopes, prefix and times; everything but the
   * secret}
   */
  public ApiKeyInfo info() {
    return info;
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

  @Override
  public boolean equals(Object other) {
    return other instanceof CreatedApiKey that
        && info.equals(that.info)
        && secret.equals(that.secret);
  }

  @Override
  public int hashCode() {
    return Objects.hash(info, secret);
  }

  /** {@return the key's details, the secret as {@code ****}} */
  @Override
  public String toString() {
    return "CreatedApiKey[info=" + info + ", secret=" + secret + "]";
  }

  /**
   * Collects the two parts of a {@link CreatedApiKey}. Each method rejects null. The SDK reads
   * answers with it: the flat object's {@code secret} goes to {@link #secret}, every other field to
   * the {@link ApiKeyInfo} given to {@link #info}.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private ApiKeyInfo info;
    private Secret secret;

    private Builder() {}

    /**
     * @param info the key's details (required)
     * @return this builder
     */
    @JsonUnwrapped
    public Builder info(ApiKeyInfo info) {
      this.info = Objects.requireNonNull(info, "info must not be null");
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
     * @throws IllegalStateException if {@code info} or {@code secret} is unset
     */
    public CreatedApiKey build() {
      required(info, "info");
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
