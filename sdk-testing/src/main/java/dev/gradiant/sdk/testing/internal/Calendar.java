package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Practitioners' time: they work Monday to Friday, 09:00 to 17:00 in their own time zone, in
 * one-hour slots; a slot is taken while a pending, confirmed or in-progress booking overlaps it.
 */
final class Calendar {
  static final Set<String> ACTIVE = Set.of("pending", "confirmed", "in_progress");

  private Calendar() {}

  /**
   * One slot.
   *
   * @param start when it starts
   * @param end when it ends
   * @param available whether no active booking overlaps it
   */
  record Slot(Instant start, Instant end, boolean available) {}

  /** {@return whether {@code [start, end)} lies inside one working day of the practitioner} */
  static boolean works(Store.WorkingHours hours, Instant start, Instant end) {
    ZonedDateTime localStart = start.atZone(hours.zone());
    DayOfWeek day = localStart.getDayOfWeek();
    if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
      return false;
    }
    ZonedDateTime open = localStart.toLocalDate().atTime(hours.startHour(), 0).atZone(hours.zone());
    ZonedDateTime close = localStart.toLocalDate().atTime(hours.endHour(), 0).atZone(hours.zone());
    return !start.isBefore(open.toInstant()) && !end.isAfter(close.toInstant());
  }

  /** {@return the active booking of the practitioner overlapping {@code [start, end)}, or null} */
  static ObjectNode overlapping(
      Store store, String practitionerId, Instant start, Instant end, String exceptBookingId) {
    for (ObjectNode booking : store.bookings.values()) {
      if (!booking.path("practitionerId").asText().equals(practitionerId)
          || !ACTIVE.contains(booking.path("status").asText())
          || booking.get("id").asText().equals(exceptBookingId)) {
        continue;
      }
      Instant otherStart = Instant.parse(booking.get("scheduledAt").asText());
      Instant otherEnd = otherStart.plus(Duration.ofMinutes(booking.get("duration").asLong()));
      if (start.isBefore(otherEnd) && otherStart.isBefore(end)) {
        return booking;
      }
    }
    return null;
  }

  /** {@return the slots starting on the UTC dates {@code from} to {@code to}, both inclusive} */
  static List<Slot> slots(Store store, String practitionerId, LocalDate from, LocalDate to) {
    Store.WorkingHours hours = store.workingHours.get(practitionerId);
    List<Slot> slots = new ArrayList<>();
    for (LocalDate day = from.minusDays(1); !day.isAfter(to.plusDays(1)); day = day.plusDays(1)) {
      for (int hour = hours.startHour(); hour < hours.endHour(); hour++) {
        Instant start =
            LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(hours.zone()).toInstant();
        Instant end = start.plus(Duration.ofHours(1));
        LocalDate utcDay = Times.utcDate(start);
        if (utcDay.isBefore(from) || utcDay.isAfter(to) || !works(hours, start, end)) {
          continue;
        }
        slots.add(
            new Slot(start, end, overlapping(store, practitionerId, start, end, null) == null));
      }
    }
    return slots;
  }
}
