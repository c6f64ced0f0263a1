package dev.gradiant.sdk.analytics;

/**
 * Session counts over the whole range. The counts are required: a response without one is a {@link
 * dev.gradiant.sdk.errors.MalformedResponseException}, never a silent {@code 0}.
 *
 * @param totalSessions sessions in the range
 * @param completedSessions of those, the completed ones
 * @param cancelledSessions of those, the cancelled ones
 * @param averageDurationMinutes mean length of the completed sessions in minutes, or {@code null}
 *     when the server does not report it (for example, when none completed)
 */
public record SessionAnalyticsTotals(
    @RequiredCount long totalSessions,
    @RequiredCount long completedSessions,
    @RequiredCount long cancelledSessions,
    Double averageDurationMinutes) {}
