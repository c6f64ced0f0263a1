package dev.gradiant.sdk.users;

import java.util.List;

/**
 * A user's health profile. Health data: {@link #toString()} shows only how many entries each list
 * holds.
 *
 * @param conditions diagnosed conditions; never null
 * @param allergies allergies; never null
 * @param medications current medications; never null
 * @param goals wellness goals; never null
 * @param emergencyContact who to call in an emergency, or {@code null}
 */
public record HealthProfile(
    List<String> conditions,
    List<String> allergies,
    List<String> medications,
    List<String> goals,
    EmergencyContact emergencyContact) {

  /**
   * Replaces absent lists with empty ones and makes them unmodifiable.
   *
   * @param conditions diagnosed conditions; never null
   * @param allergies allergies; never null
   * @param medications current medications; never null
   * @param goals wellness goals; never null
   * @param emergencyContact who to call in an emergency, or {@code null}
   */
  public HealthProfile {
    conditions = copy(conditions);
    allergies = copy(allergies);
    medications = copy(medications);
    goals = copy(goals);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of() : List.copyOf(values);
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
}
