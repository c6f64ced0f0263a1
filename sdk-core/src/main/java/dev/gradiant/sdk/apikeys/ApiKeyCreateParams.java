package dev.gradiant.sdk.apikeys;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.auth.OAuthScope;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /api-keys}. Build with {@link #builder()}; {@code name} and {@code
 * scopes} are required, {@code expiresAt} is optional (absent: the key works until revoked).
 *
 * <p>The scopes are the OAuth scopes ({@link OAuthScope}), with the same meaning: a key may call an
 * operation that lists one of its scopes; operations that list none (sessions, analytics, webhook
 * endpoints, API keys) need {@link OAuthScope#ADMIN_PLATFORM}. Granting a permission names one both
 * sides define, so the SDK sends only the scopes it knows ({@link OAuthScope#isKnown()}), each
 * once. An expiry must be in the future by the client's clock when the call is made.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: {@link #expiresAt()} is an {@link
 * Optional}.
 */
public final class ApiKeyCreateParams {
  /** The longest name a key may have, in characters (Unicode code points). */
  public static final int MAX_NAME_LENGTH = 100;

  @JsonProperty private final String name;
  @JsonProperty private final List<OAuthScope> scopes;
  @JsonProperty private final Instant expiresAt;

  private ApiKeyCreateParams(Builder builder) {
    this.name = Objects.requireNonNull(builder.name, "name must not be null");
    Fields.notBlank("name", name);
    int length = name.codePointCount(0, name.length());
    if (length > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "name must be at most " + MAX_NAME_LENGTH + " characters, got " + length);
    }
    this.scopes = requireScopes(builder.scopes);
    this.expiresAt = builder.expiresAt;
    if (expiresAt != null) {
      Rfc3339.instant("expiresAt", expiresAt);
    }
  }

  private static List<OAuthScope> requireScopes(List<OAuthScope> scopes) {
    Objects.requireNonNull(scopes, "scopes must not be null");
    if (scopes.isEmpty()) {
      throw new IllegalArgumentException("scopes must name at least one scope");
    }
    Set<OAuthScope> seen = new HashSet<>();
    for (int i = 0; i < scopes.size(); i++) {
      OAuthScope scope = scopes.get(i);
      if (scope == null) {
        throw new IllegalArgumentException("scopes[" + i + "] must not be null");
      }
      if (!scope.isKnown()) {
        throw new IllegalArgumentException(
            "scopes["
                + i
                + "] is "
                + scope
                + ", which this SDK does not know: a key is granted only the contract's scopes"
                + " (OAuthScope's constants)");
      }
      if (!seen.add(scope)) {
        throw new IllegalArgumentException(
            "scopes[" + i + "] repeats " + scope + ": each scope may be named once");
      }
    }
    return List.copyOf(scopes);
  }

  /**
   * Checks the expiry against the client's clock when the call is made.
   *
   * @param now the client's clock
   * @return these params
   * @throws IllegalArgumentException if an expiry is set and is not after {@code now}
   */
  ApiKeyCreateParams checkedAt(Instant now) {
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      throw new IllegalArgumentException(
          "expiresAt must be in the future: it is "
              + expiresAt
              + " and the client's clock reads "
              + now);
    }
    return this;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.scopes = scopes;
    builder.expiresAt = expiresAt;
    return builder;
  }

  /** {@return what the key is for, shown in lists} */
  public String name() {
    return name;
  }

  /** {@return what the key may do: at least one scope, each once; unmodifiable} */
  public List<OAuthScope> scopes() {
    return scopes;
  }

  /** {@return when the key stops working; empty for a key that works until revoked} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApiKeyCreateParams that
        && name.equals(that.name)
        && scopes.equals(that.scopes)
        && Objects.equals(expiresAt, that.expiresAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, scopes, expiresAt);
  }

  @Override
  public String toString() {
    return "ApiKeyCreateParams[name="
        + name
        + ", scopes="
        + scopes
        + ", expiresAt="
        + expiresAt
        + "]";
  }

  /** Collects the fields of an {@link ApiKeyCreateParams}. Each method rejects null. */
  public static final class Builder {
    private String name;
    private List<OAuthScope> scopes;
    private Instant expiresAt;

    private Builder() {}

    /**
     * @param name what the key is for, 1 to 100 characters (required)
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /**
     * @param scopes what the key may do: at least one, each once, known to this SDK (required)
     * @return this builder
     */
    public Builder scopes(List<OAuthScope> scopes) {
      this.scopes = Objects.requireNonNull(scopes, "scopes must not be null");
      return this;
    }

    /**
     * @param scopes what the key may do: at least one, each once, known to this SDK (required)
     * @return this builder
     */
    public Builder scopes(OAuthScope... scopes) {
      this.scopes = Arrays.asList(Objects.requireNonNull(scopes, "scopes must not be null"));
      return this;
    }

    /**
     * @param expiresAt when the key stops working: in the future when the call is made
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code name} or {@code scopes} is unset
     * @throws IllegalArgumentException if {@code name} is blank or longer than 100 characters, or
     *     {@code scopes} is empty or holds a null, repeated or unknown scope
     */
    public ApiKeyCreateParams build() {
      return new ApiKeyCreateParams(this);
    }
  }
}
