package dev.gradiant.sdk.bookings;

/** The check on a booking's length: whole minutes, at least one. */
final class Minutes {
  private Minutes() {}

  /** Returns {@code minutes} if null or at least 1. */
  static Integer requirePositive(String field, Integer minutes) {
    if (minutes != null && minutes < 1) {
      throw new IllegalArgumentException(field + " must be at least 1 minute, got " + minutes);
    }
    return minutes;
  }
}
