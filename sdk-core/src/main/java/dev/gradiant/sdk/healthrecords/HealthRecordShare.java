package dev.gradiant.sdk.healthrecords;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A user's consent for one practitioner to read parts of the user's health profile until {@link
 * #expiresAt()}. A share names the parts ({@link #recordTypes()}); it never carries their content,
 * so nothing of a record can reach a log through it. Which parts are shared is personal data too
 * (the contract marks {@code recordTypes} {@code x-personal-data}): {@link #toString()} counts them
 * without naming them.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: every field is required by the
 * contract; {@link #recordTypes()} may hold types this SDK does not know ({@link
 * HealthRecordType#isKnown()}).
 */
@JsonDeserialize(builder = HealthRecordShare.Builder.class)
public final class HealthRecordShare {
  @JsonProperty private final String id;
  @JsonProperty private final String userId;
  @JsonProperty private final String practitionerId;
  @JsonProperty private final List<HealthRecordType> recordTypes;
  @JsonProperty private final Instant expiresAt;
  @JsonProperty private final Instant createdAt;

  private HealthRecordShare(Builder builder) {
    this.id = builder.id;
    this.userId = builder.userId;
    this.practitionerId = builder.practitionerId;
    this.recordTypes = builder.recordTypes;
    this.expiresAt = builder.expiresAt;
    this.createdAt = builder.createdAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this share} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.userId = userId;
    builder.practitionerId = practitionerId;
    builder.recordTypes = recordTypes;
    builder.expiresAt = expiresAt;
    builder.createdAt = createdAt;
    return builder;
  }

  /** {@return the share's id, which {@link HealthRecordsClient#revoke(String)} takes} */
  public String id() {
    return id;
  }

  /** {@return the user whose records are shared} */
  public String userId() {
    return userId;
  }

  /** {@return the practitioner who may read them} */
  public String practitionerId() {
    return practitionerId;
  }

  /** {@return the parts of the health profile shared; unmodifiable} */
  public List<HealthRecordType> recordTypes() {
    return recordTypes;
  }

  /** {@return when the practitioner's access ends} */
  public Instant expiresAt() {
    return expiresAt;
  }

  /** {@return when the share was made} */
  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HealthRecordShare that
        && id.equals(that.id)
        && userId.equals(that.userId)
        && practitionerId.equals(that.practitionerId)
        && recordTypes.equals(that.recordTypes)
        && expiresAt.equals(that.expiresAt)
        && createdAt.equals(that.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, userId, practitionerId, recordTypes, expiresAt, createdAt);
  }

  /**
   * {@return the ids, how many record types are shared (not which: that a patient shares {@code
   * conditions} is personal data) and the times; a share holds no record content}
   */
  @Override
  public String toString() {
    return "HealthRecordShare[id="
        + id
        + ", userId="
        + userId
        + ", practitionerId="
        + practitionerId
        + ", recordTypes=("
        + recordTypes.size()
        + " hidden)"
        + ", expiresAt="
        + expiresAt
        + ", createdAt="
        + createdAt
        + "]";
  }

  /**
   * Collects the fields of a {@link HealthRecordShare}. Each method rejects null. The SDK reads
   * answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String userId;
    private String practitionerId;
    private List<HealthRecordType> recordTypes;
    private Instant expiresAt;
    private Instant createdAt;

    private Builder() {}

    /**
     * @param id the share's id (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param userId the user whose records are shared (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId must not be null");
      return this;
    }

    /**
     * @param practitionerId the practitioner who may read them (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param recordTypes the parts shared (required); copied
     * @return this builder
     * @throws NullPointerException if {@code recordTypes} is or holds null
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder recordTypes(List<HealthRecordType> recordTypes) {
      Objects.requireNonNull(recordTypes, "recordTypes must not be null");
      recordTypes.forEach(type -> Objects.requireNonNull(type, "recordTypes must not hold null"));
      this.recordTypes = List.copyOf(recordTypes);
      return this;
    }

    /**
     * @param expiresAt when access ends (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
      return this;
    }

    /**
     * @param createdAt when the share was made (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @return the share
     * @throws IllegalStateException if a field is unset
     */
    public HealthRecordShare build() {
      required(id, "id");
      required(userId, "userId");
      required(practitionerId, "practitionerId");
      required(recordTypes, "recordTypes");
      required(expiresAt, "expiresAt");
      required(createdAt, "createdAt");
      return new HealthRecordShare(this);
    }

    private static void required(Object value, String field) {
      if (value == null) {
        throw new IllegalStateException("HealthRecordShare." + field + " is required");
      }
    }
  }
}
