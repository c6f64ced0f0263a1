package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.validation.Fields;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PUT /users/{id}/health-profile}. A set list replaces the stored one (an empty
 * list clears it); unset fields keep their value and are not sent; at least one must be set. A list
 * accessor returns an empty list both for an unset list and for one set empty to clear it. Health
 * data: {@link #toString()} shows none of it.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead); accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class HealthProfileUpdateParams {
  @JsonProperty private final List<String> conditions;
  @JsonProperty private final List<String> allergies;
  @JsonProperty private final List<String> medications;
  @JsonProperty private final List<String> goals;
  @JsonProperty private final EmergencyContact emergencyContact;

  private HealthProfileUpdateParams(Builder builder) {
    Fields.requireAny(
        "HealthProfileUpdateParams",
        builder.conditions,
        builder.allergies,
        builder.medications,
        builder.goals,
        builder.emergencyContact);
    this.conditions = Fields.items("conditions", builder.conditions);
    this.allergies = Fields.items("allergies", builder.allergies);
    this.medications = Fields.items("medications", builder.medications);
    this.goals = Fields.items("goals", builder.goals);
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
    return conditions == null ? List.of() : conditions;
  }

  /** {@return allergies; empty when absent, unmodifiable} */
  public List<String> allergies() {
    return allergies == null ? List.of() : allergies;
  }

  /** {@return current medications; empty when absent, unmodifiable} */
  public List<String> medications() {
    return medications == null ? List.of() : medications;
  }

  /** {@return wellness goals; empty when absent, unmodifiable} */
  public List<String> goals() {
    return goals == null ? List.of() : goals;
  }

  /** {@return who to call in an emergency, if present} */
  public Optional<EmergencyContact> emergencyContact() {
    return Optional.ofNullable(emergencyContact);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HealthProfileUpdateParams other
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
    return "HealthProfileUpdateParams[****]";
  }

  /** Collects the fields of a {@link HealthProfileUpdateParams}. */
  public static final class Builder {
    private List<String> conditions;
    private List<String> allergies;
    private List<String> medications;
    private List<String> goals;
    private EmergencyContact emergencyContact;

    private Builder() {}

    /**
     * @param conditions diagnosed conditions (replaces the stored list)
     * @return this builder
     * @throws NullPointerException if {@code conditions} is null
     */
    public Builder conditions(List<String> conditions) {
      this.conditions = Objects.requireNonNull(conditions, "conditions must not be null");
      return this;
    }

    /**
     * @param allergies allergies (replaces the stored list)
     * @return this builder
     * @throws NullPointerException if {@code allergies} is null
     */
    public Builder allergies(List<String> allergies) {
      this.allergies = Objects.requireNonNull(allergies, "allergies must not be null");
      return this;
    }

    /**
     * @param medications current medications (replaces the stored list)
     * @return this builder
     * @throws NullPointerException if {@code medications} is null
     */
    public Builder medications(List<String> medications) {
      this.medications = Objects.requireNonNull(medications, "medications must not be null");
      return this;
    }

    /**
     * @param goals wellness goals (replaces the stored list)
     * @return this builder
     * @throws NullPointerException if {@code goals} is null
     */
    public Builder goals(List<String> goals) {
      this.goals = Objects.requireNonNull(goals, "goals must not be null");
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
     * @return the params
     * @throws IllegalArgumentException if nothing is set, or a list holds a null or blank entry
     */
    public HealthProfileUpdateParams build() {
      return new HealthProfileUpdateParams(this);
    }
  }
}
