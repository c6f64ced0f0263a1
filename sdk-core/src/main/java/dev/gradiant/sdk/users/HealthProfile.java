package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's health profile. Health data: {@link #toString()} shows only how many entries each list
 * holds.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}, lists as empty when absent.
 */
@JsonDeserialize(builder = HealthProfile.Builder.class)
public final class HealthProfile {
  @JsonProperty private final List<String> conditions;
  @JsonProperty private final List<String> allergies;
  @JsonProperty private final List<String> medications;
  @JsonProperty private final List<String> goals;
  @JsonProperty private final EmergencyContact emergencyContact;

  private HealthProfile(Builder builder) {
    this.conditions = builder.conditions == null ? List.of() : builder.conditions;
    this.allergies = builder.allergies == null ? List.of() : builder.allergies;
    this.medications = builder.medications == null ? List.of() : builder.medications;
    this.goals = builder.goals == null ? List.of() : builder.goals;
    this.emergencyContact = builder.emergencyContact;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.conditions = conditions;
    builder.allergies = allergies;
    builder.medications = medications;
    builder.goals = goals;
    builder.emergencyContact = emergencyContact;
    return builder;
  }

  /** {@return diagnosed conditions; empty when absent, unmodifiable} */
  public List<String> conditions() {
    return conditions;
  }

  /** {@return allergies; empty when absent, unmodifiable} */
  public List<String> allergies() {
    return allergies;
  }

  /** {@return current medications; empty when absent, unmodifiable} */
  public List<String> medications() {
    return medications;
  }

  /** {@return wellness goals; empty when absent, unmodifiable} */
  public List<String> goals() {
    return goals;
  }

  /** {@return who to call in an emergency, if present} */
  public Optional<EmergencyContact> emergencyContact() {
    return Optional.ofNullable(emergencyContact);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthProfile other
        && Objects.equals(conditions, other.conditions)
        && Objects.equals(allergies, other.allergies)
        && Objects.equals(medications, other.medications)
        && Objects.equals(goals, other.goals)
        && Objects.equals(emergencyContact, other.emergencyContact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(conditions, allergies, medications, goals, emergencyContact);
  }

  @Override
  public String toString() {
    return "HealthProfile[conditions="
        + conditions.size()
        + " entries, allergies="
        + allergies.size()
        + " entries, medications="
        + medications.size()
        + " entries, goals="
        + goals.size()
        + " entries, emergencyContact="
        + emergencyContact
        + "]";
  }

  /** Collects the fields of a {@link HealthProfile}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private List<String> conditions;
    private List<String> allergies;
    private List<String> medications;
    private List<String> goals;
    private EmergencyContact emergencyContact;

    private Builder() {}

    /**
     * @param conditions diagnosed conditions
     * @return this builder
     * @throws NullPointerException if {@code conditions} is null
     */
    public Builder conditions(List<String> conditions) {
      this.conditions =
          List.copyOf(Objects.requireNonNull(conditions, "conditions must not be null"));
      return this;
    }

    /**
     * @param allergies allergies
     * @return this builder
     * @throws NullPointerException if {@code allergies} is null
     */
    public Builder allergies(List<String> allergies) {
      this.allergies = List.copyOf(Objects.requireNonNull(allergies, "allergies must not be null"));
      return this;
    }

    /**
     * @param medications current medications
     * @return this builder
     * @throws NullPointerException if {@code medications} is null
     */
    public Builder medications(List<String> medications) {
      this.medications =
          List.copyOf(Objects.requireNonNull(medications, "medications must not be null"));
      return this;
    }

    /**
     * @param goals wellness goals
     * @return this builder
     * @throws NullPointerException if {@code goals} is null
     */
    public Builder goals(List<String> goals) {
      this.goals = List.copyOf(Objects.requireNonNull(goals, "goals must not be null"));
      return this;
    }

    /**
     * @param emergencyContact who to call in an emergency
     * @return this builder
     * @throws NullPointerException if {@code emergencyContact} is null
     */
    public Builder emergencyContact(EmergencyContact emergencyContact) {
      this.emergencyContact =
          Objects.requireNonNull(emergencyContact, "emergencyContact must not be null");
      return this;
    }

    /**
     * @return the health profile
     */
    public HealthProfile build() {
      return new HealthProfile(this);
    }
  }
}
