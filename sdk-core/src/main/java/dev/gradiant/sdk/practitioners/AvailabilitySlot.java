package dev.gradiant.sdk.practitioners;

import dev.gradiant.sdk.core.Money;
import java.time.Instant;

/**
 * One slot of a practitioner's calendar.
 *
 * @param startTime when the slot starts (UTC)
 * @param endTime when it ends (UTC)
 * @param available whether it can still be booked
 * @param price what a session in this slot costs, exact; may be {@code null}
 */
public record AvailabilitySlot(
    Instant startTime, Instant endTime, boolean available, Money price) {}
