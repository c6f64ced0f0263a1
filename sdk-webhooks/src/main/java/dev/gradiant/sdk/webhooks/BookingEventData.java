package dev.gradiant.sdk.webhooks;

import java.time.Instant;

/**
 * The data of a {@code booking.*} event. Fields the payload omits are null; fields not modelled
 * here, such as a booking's notes, are in {@link WebhookEvent#rawData()}.
 *
 * @param id the booking's id ({@code bookingId} or {@code id})
 * @param status the booking's status, such as {@code pending} or {@code confirmed}
 * @param scheduledAt when the session is scheduled
 * @param durationMinutes the session's length in minutes ({@code durationMinutes} or {@code
 *     duration})
 * @param sessionType how the session happens, such as {@code video_call} or {@code in_person}
 * @param userId the id of the user who booked
 * @param practitionerId the id of the practitioner booked
 * @param serviceId the id of the service booked
 */
public record BookingEventData(
    String id,
    String status,
    Instant scheduledAt,
    Integer durationMinutes,
    String sessionType,
    String userId,
    String practitionerId,
    String serviceId)
    implements EventData {}
