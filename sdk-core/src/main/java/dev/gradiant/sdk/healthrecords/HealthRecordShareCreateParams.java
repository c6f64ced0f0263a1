package dev.gradiant.sdk.healthrecords;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The body of {@code POST /health-records/shares}: which practitioner may read which parts of the
 * caller's health profile, and until when. Build with {@link #builder()}; {@code practitionerId},
 * {@code recordTypes} and an expiry are all required: sharing is consent, and the SDK never sends a
 * share without an end. Give the end as an instant ({@link Builder#expiresAt(Instant)}) or as a
 * length of time ({@link Builder#validFor(Duration)}, counted from when the call is made).
 *
 * <p>When the call is made, the expiry is checked against the client's clock before anything is
 * sent: it must be in the future and at most {@link #MAX_VALIDITY} (365 days) ahead, as the
 * contract requires. The record types must be ones this SDK knows ({@link
 * HealthRecordType#isKnown()}), each named once.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Nothing it returns is null: required fields are returned as
 * they are; of the two ways to give the expiry, the one not used is an empty {@link Optional}.
 */
public final class HealthRecordShareCreateParams {
  /** The longest a share may last: 365 days from when it is made. */
  public static final Duration MAX_VALIDITY = Duration.ofDays(365);

  @JsonProperty private final String practitionerId;
  @JsonProperty private final List<HealthRecordType> recordTypes;
  @JsonProperty private final Instant expiresAt;
  private final Duration validFor;

  private HealthRecordShareCreateParams(Builder builder) {
    this.practitionerId =
        Objects.requireNonNull(builder.practitionerId, "practitionerId must not be null");
    Fields.notBlank("practitionerId", practitionerId);
    this.recordTypes = requireTypes(builder.recordTypes);
    this.expiresAt = builder.expiresAt;
    this.validFor = builder.validFor;
    if (expiresAt == null && validFor == null) {
      throw new IllegalArgumentException(
          "expiresAt must be set (or validFor): sharing is consent, and a share never goes"
              + " without an expiry");
    }
    if (expiresAt != null) {
      Rfc3339.instant("expiresAt", expiresAt);
    }
    if (validFor != null && (validFor.isNegative() || validFor.isZero())) {
      throw new IllegalArgumentException("validFor must be positive, got " + validFor);
    }
    if (validFor != null && validFor.compareTo(MAX_VALIDITY) > 0) {
      throw new IllegalArgumentException(
          "validFor must be at most 365 days (" + MAX_VALIDITY + "), got " + validFor);
    }
  }

  private HealthRecordShareCreateParams(HealthRecordShareCreateParams params, Instant expiresAt) {
    this.practitionerId = params.practitionerId;
    this.recordTypes = params.recordTypes;
    this.expiresAt = expiresAt;
    this.validFor = null;
  }

  private static List<HealthRecordType> requireTypes(List<HealthRecordType> types) {
    Objects.requireNonNull(types, "recordTypes must not be null");
    if (types.isEmpty()) {
      throw new IllegalArgumentException("recordTypes must name at least one record type");
    }
    Set<HealthRecordType> seen = new HashSet<>();
    for (int i = 0; i < types.size(); i++) {
      HealthRecordType type = types.get(i);
      if (type == null) {
        throw new IllegalArgumentException("recordTypes[" + i + "] must not be null");
      }
      if (!type.isKnown()) {
        throw new IllegalArgumentException(
            "recordTypes["
                + i
                + "] is "
                + type
                + ", which this SDK does not know: a share names only the contract's record"
                + " types (HealthRecordType's constants)");
      }
      if (!seen.add(type)) {
        throw new IllegalArgumentException(
            "recordTypes[" + i + "] repeats " + type + ": each record type may be named once");
      }
    }
    return List.copyOf(types);
  }

  /**
   * These params with the expiry fixed and checked against {@code now}: the body one call sends,
   * the same on each of its attempts.
   *
   * @param now the client's clock when the call is made
   * @return the params to send, with {@link #expiresAt()} set
   * @throws IllegalArgumentException if the expiry is not after {@code now} or more than {@link
   *     #MAX_VALIDITY} after it
   */
  HealthRecordShareCreateParams resolvedAt(Instant now) {
    Instant end = expiresAt != null ? expiresAt : now.plus(validFor);
    if (!end.isAfter(now)) {
      throw new IllegalArgumentException(
          "expiresAt must be in the future: it is " + end + " and the client's clock reads " + now);
    }
    if (end.isAfter(now.plus(MAX_VALIDITY))) {
      throw new IllegalArgumentException(
          "expiresAt must be at most 365 days ahead: it is "
              + end
              + " and the client's clock reads "
              + now);
    }
    Rfc3339.instant("expiresAt", end);
    return new HealthRecordShareCreateParams(this, end);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.practitionerId = practitionerId;
    builder.recordTypes = recordTypes;
    builder.expiresAt = expiresAt;
    builder.validFor = validFor;
    return builder;
  }

  /** {@return the practitioner to share with} */
  public String practitionerId() {
    return practitionerId;
  }

  /** {@return the parts of the health profile to share: at least one, each once; unmodifiable} */
  public List<HealthRecordType> recordTypes() {
    return recordTypes;
  }

  /** {@return when access ends, if given as an instant} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** {@return how long access lasts from when the call is made, if given as a duration} */
  public Optional<Duration> validFor() {
    return Optional.ofNullable(validFor);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof HealthRecordShareCreateParams that
        && practitionerId.equals(that.practitionerId)
        && recordTypes.equals(that.recordTypes)
        && Objects.equals(expiresAt, that.expiresAt)
        && Objects.equals(validFor, that.validFor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(practitionerId, recordTypes, expiresAt, validFor);
  }

  /**
   * {@return the practitioner, how many record types are shared (not which: personal data) and the
   * expiry}
   */
  @Override
  public String toString() {
    return "HealthRecordShareCreateParams[practitionerId="
        + practitionerId
        + ", recordTypes=("
        + recordTypes.size()
        + " hidden)"
        + (expiresAt != null ? ", expiresAt=" + expiresAt : ", validFor=" + validFor)
        + "]";
  }

  /** Collects the fields of a {@link HealthRecordShareCreateParams}. Each method rejects null. */
  public static final class Builder {
    private String practitionerId;
    private List<HealthRecordType> recordTypes;
    private Instant expiresAt;
    private Duration validFor;

    private Builder() {}

    /**
     * @param practitionerId the practitioner to share with (required)
     * @return this builder
     */
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param recordTypes the parts to share: at least one, each once, known to this SDK (required)
     * @return this builder
     */
    public Builder recordTypes(List<HealthRecordType> recordTypes) {
      this.recordTypes = Objects.requireNonNull(recordTypes, "recordTypes must not be null");
      return this;
    }

    /**
     * @param recordTypes the parts to share: at least one, each once, known to this SDK (required)
     * @return this builder
     */
    public Builder recordTypes(HealthRecordType... recordTypes) {
      this.recordTypes =
          Arrays.asList(Objects.requireNonNull(recordTypes, "recordTypes must not be null"));
      return this;
    }

    /**
     * The end of the share as an instant; replaces a {@link #validFor(Duration)} set before.
     *
     * @param expiresAt when access ends: in the future, at most 365 days ahead when the call is
     *     made
     * @return this builder
     */
    public Builder expiresAt(Instant expiresAt) {
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt must not be null");
      this.validFor = null;
      return this;
    }

    /**
     * The end of the share as a length of time from when the call is made (by the client's clock);
     * replaces an {@link #expiresAt(Instant)} set before.
     *
     * @param validFor how long access lasts: positive, at most 365 days
     * @return this builder
     */
    public Builder validFor(Duration validFor) {
      this.validFor = Objects.requireNonNull(validFor, "validFor must not be null");
      this.expiresAt = null;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code practitionerId} or {@code recordTypes} is unset
     * @throws IllegalArgumentException if no expiry is set, {@code validFor} is not positive or
     *     longer than 365 days, {@code practitionerId} is blank, or {@code recordTypes} is empty or
     *     holds a null, repeated or unknown type
     */
    public HealthRecordShareCreateParams build() {
      return new HealthRecordShareCreateParams(this);
    }
  }
}
