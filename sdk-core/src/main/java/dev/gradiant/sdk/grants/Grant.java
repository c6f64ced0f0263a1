package dev.gradiant.sdk.grants;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A patient's consent for another user (a practitioner or clinic) to read categories of their data.
 * Act on it with {@link #isActiveAt(Instant)} and {@link #covers(GrantScope)}.
 *
 * <p>The grantor's name and email are personal data: {@link #toString()} never shows them.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: the fields the contract requires
 * are always present, {@link #scopes()} is a list, and the optional fields are {@link Optional}s.
 */
@JsonDeserialize(builder = Grant.Builder.class)
public final class Grant {
  @JsonProperty private final String id;
  @JsonProperty private final String grantorId;
  @JsonProperty private final String granteeId;
  @JsonProperty private final GrantStatus status;
  @JsonProperty private final List<GrantScope> scopes;
  @JsonProperty private final String grantorFirstName;
  @JsonProperty private final String grantorLastName;
  @JsonProperty private final String grantorEmail;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Instant expiresAt;
  @JsonProperty private final Instant revokedAt;

  private Grant(Builder builder) {
    this.id = builder.id;
    this.grantorId = builder.grantorId;
    this.granteeId = builder.granteeId;
    this.status = builder.status;
    this.scopes = builder.scopes;
    this.grantorFirstName = builder.grantorFirstName;
    this.grantorLastName = builder.grantorLastName;
    this.grantorEmail = builder.grantorEmail;
    this.createdAt = builder.createdAt;
    this.expiresAt = builder.expiresAt;
    this.revokedAt = builder.revokedAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this grant} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.grantorId = grantorId;
    builder.granteeId = granteeId;
    builder.status = status;
    builder.scopes = scopes;
    builder.grantorFirstName = grantorFirstName;
    builder.grantorLastName = grantorLastName;
    builder.grantorEmail = grantorEmail;
    builder.createdAt = createdAt;
    builder.expiresAt = expiresAt;
    builder.revokedAt = revokedAt;
    return builder;
  }

  /** {@return the grant's id} */
  public String id() {
    return id;
  }

  /** {@return the patient who gives access (a user id)} */
  public String grantorId() {
    return grantorId;
  }

  /** {@return the user who is given access} */
  public String granteeId() {
    return granteeId;
  }

  /** {@return the status, as of the answer; may be one this SDK version does not know} */
  public GrantStatus status() {
    return status;
  }

  /** {@return the categories of data it covers; unmodifiable} */
  public List<GrantScope> scopes() {
    return scopes;
  }

  /** {@return the patient's first name (personal data)} */
  public Optional<String> grantorFirstName() {
    return Optional.ofNullable(grantorFirstName);
  }

  /** {@return the patient's last name (personal data)} */
  public Optional<String> grantorLastName() {
    return Optional.ofNullable(grantorLastName);
  }

  /** {@return the patient's email address (personal data)} */
  public Optional<String> grantorEmail() {
    return Optional.ofNullable(grantorEmail);
  }

  /** {@return when it was asked for} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return when access ends; empty for a grant without an end} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** {@return when the patient withdrew it; present for a revoked grant} */
  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  /**
   * Whether the grant gives access at {@code instant}: its status is {@link GrantStatus#ACTIVE} and
   * its expiry, if any, is after {@code instant}. Any other status, an unknown one included, gives
   * no access.
   *
   * @param instant the moment to check, e.g. {@code Instant.now()}
   * @return true only if the grant was active as answered and has not expired by then
   */
  public boolean isActiveAt(Instant instant) {
    Objects.requireNonNull(instant, "instant must not be null");
    return status.equals(GrantStatus.ACTIVE) && (expiresAt == null || instant.isBefore(expiresAt));
  }

  /**
   * Whether the grant covers a category of data (whatever its status: check {@link #isActiveAt}
   * too).
   *
   * @param scope the category
   * @return true if {@link #scopes()} holds it
   */
  public boolean covers(GrantScope scope) {
    Objects.requireNonNull(scope, "scope must not be null");
    return scopes.contains(scope);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Grant that
        && id.equals(that.id)
        && grantorId.equals(that.grantorId)
        && granteeId.equals(that.granteeId)
        && status.equals(that.status)
        && scopes.equals(that.scopes)
        && Objects.equals(grantorFirstName, that.grantorFirstName)
        && Objects.equals(grantorLastName, that.grantorLastName)
        && Objects.equals(grantorEmail, that.grantorEmail)
        && createdAt.equals(that.createdAt)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(revokedAt, that.revokedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        grantorId,
        granteeId,
        status,
        scopes,
        grantorFirstName,
        grantorLastName,
        grantorEmail,
        createdAt,
        expiresAt,
        revokedAt);
  }

  @Override
  public String toString() {
    return "Grant[id="
        + id
        + ", grantorId="
        + grantorId
        + ", granteeId="
        + granteeId
        + ", status="
        + status
        + ", scopes="
        + scopes
        + ", grantorFirstName="
        + Redacted.of(grantorFirstName)
        + ", grantorLastName="
        + Redacted.of(grantorLastName)
        + ", grantorEmail="
        + Redacted.of(grantorEmail)
        + ", createdAt="
        + createdAt
        + ", expiresAt="
        + expiresAt
        + ", revokedAt="
        + revokedAt
        + "]";
  }

  /**
   * Collects the fields of a {@link Grant}. Each method rejects null; leave a field unset to have
   * it absent. The SDK reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String grantorId;
    private String granteeId;
    private GrantStatus status;
    private List<GrantScope> scopes = List.of();
    private String grantorFirstName;
    private String grantorLastName;
    private String grantorEmail;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;

    private Builder() {}

    /**
     * @param id the grant's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param grantorId the patient who gives access (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder grantorId(String grantorId) {
      this.grantorId = Objects.requireNonNull(grantorId, "grantorId must not be null");
      return this;
    }

    /**
     * @param granteeId the user who is given access (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder granteeId(String granteeId) {
      this.granteeId = Objects.requireNonNull(granteeId, "granteeId must not be null");
      return this;
    }

    /**
     * @param status the status (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder status(GrantStatus status) {
      this.status = Objects.requireNonNull(status, "status must not be null");
      return this;
    }

    /**
     * @param scopes the categories of data it covers; copied
     * @return this builder
     * @throws NullPointerException if {@code scopes} is or holds null
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder scopes(List<GrantScope> scopes) {
      Objects.requireNonNull(scopes, "scopes must not be null");
      scopes.forEach(scope -> Objects.requireNonNull(scope, "scopes must not hold null"));
      this.scopes = List.copyOf(scopes);
      return this;
    }

    /**
     * @param grantorFirstName the patient's first name
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder grantorFirstName(String grantorFirstName) {
      this.grantorFirstName =
          Objects.requireNonNull(grantorFirstName, "grantorFirstName must not be null");
      return this;
    }

    /**
     * @param grantorLastName the patient's last name
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder grantorLastName(String grantorLastName) {
      this.grantorLastName =
          Objects.requireNonNull(grantorLastName, "grantorLastName must not be null");
      return this;
    }

    /**
     * @param grantorEmail the patient's email address
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder grantorEmail(String grantorEmail) {
      this.grantorEmail = Objects.requireNonNull(grantorEmail, "grantorEmail must not be null");
      return this;
    }

    /**
     * @param createdAt when it was asked for (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param expiresAt when access ends
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
      return this;
    }

    /**
     * @param revokedAt when the patient withdrew it
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder revokedAt(Instant revokedAt) {
      this.revokedAt = Objects.requireNonNull(revokedAt, "revokedAt must not be null");
      return this;
    }

    /**
     * @return the grant
     * @throws IllegalStateException if {@code id}, {@code grantorId}, {@code granteeId}, {@code
     *     status} or {@code createdAt} is unset
     */
    public Grant build() {
      required(id, "id");
      required(grantorId, "grantorId");
      required(granteeId, "granteeId");
      required(status, "status");
      required(createdAt, "createdAt");
      return new Grant(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("Grant." + field + " is required");
      }
    }
  }
}
