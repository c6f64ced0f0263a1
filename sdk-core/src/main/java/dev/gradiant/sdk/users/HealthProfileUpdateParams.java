package dev.gradiant.sdk.users;

import dev.gradiant.sdk.internal.validation.Fields;
import java.util.List;

/**
 * The body of {@code PUT /users/{id}/health-profile}. A set list replaces the stored one (an empty
 * list clears it); unset fields keep their value; at least one must be set.
 *
 * @param conditions diagnosed conditions
 * @param allergies allergies
 * @param medications current medications
 * @param goals wellness goals
 * @param emergencyContact who to call in an emergency
 */
public record HealthProfileUpdateParams(
    List<String> conditions,
    List<String> allergies,
    List<String> medications,
    List<String> goals,
    EmergencyContact emergencyContact) {

  /**
   * Checks the fields and copies the lists.
   *
   * @param conditions diagnosed conditions
   * @param allergies allergies
   * @param medications current medications
   * @param goals wellness goals
   * @param emergencyContact who to call in an emergency
   * @throws IllegalArgumentException if nothing is set, or a list holds a null or blank entry
   */
  public HealthProfileUpdateParams {
    Fields.requireAny(
        "HealthProfileUpdateParams", conditions, allergies, medications, goals, emergencyContact);
    conditions = Fields.items("conditions", conditions);
    allergies = Fields.items("allergies", allergies);
    medications = Fields.items("medications", medications);
    goals = Fields.items("goals", goals);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
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
     */
    public Builder conditions(List<String> conditions) {
      this.conditions = conditions;
      return this;
    }

    /**
     * @param allergies allergies (replaces the stored list)
     * @return this builder
     */
    public Builder allergies(List<String> allergies) {
      this.allergies = allergies;
      return this;
    }

    /**
     * @param medications current medications (replaces the stored list)
     * @return this builder
     */
    public Builder medications(List<String> medications) {
      this.medications = medications;
      return this;
    }

    /**
     * @param goals wellness goals (replaces the stored list)
     * @return this builder
     */
    public Builder goals(List<String> goals) {
      this.goals = goals;
      return this;
    }

    /**
     * @param emergencyContact who to call in an emergency
     * @return this builder
     */
    public Builder emergencyContact(EmergencyContact emergencyContact) {
      this.emergencyContact = emergencyContact;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set or a list entry is invalid
     */
    public HealthProfileUpdateParams build() {
      return new HealthProfileUpdateParams(
          conditions, allergies, medications, goals, emergencyContact);
    }
  }
}
