package dev.gradiant.sdk.practitioners;

import java.util.List;

/**
 * A practitioner's slots over a date range.
 *
 * @param id the id of the practitioner's availability calendar
 * @param practitionerId the practitioner's id
 * @param timezone the practitioner's IANA time zone ({@code America/New_York}); slot times are UTC
 * @param slots the slots, in server order; never null
 */
public record Availability(
    String id, String practitionerId, String timezone, List<AvailabilitySlot> slots) {

  /**
   * Replaces absent slots with an empty list and makes it unmodifiable.
   *
   * @param id the id of the practitioner's availability calendar
   * @param practitionerId the practitioner's id
   * @param timezone the practitioner's IANA time zone; slot times are UTC
   * @param slots the slots, in server order; never null
   */
  public Availability {
    slots = slots == null ? List.of() : List.copyOf(slots);
  }
}
