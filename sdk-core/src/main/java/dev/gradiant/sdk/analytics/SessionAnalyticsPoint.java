package dev.gradiant.sdk.analytics;

import java.time.LocalDate;

/**
 * One bucket of the session time series.
 *
 * @param periodStart the first day of the bucket (UTC)
 * @param totalSessions sessions in the bucket
 * @param completedSessions of those, the completed ones
 */
public record SessionAnalyticsPoint(
    LocalDate periodStart,
    @RequiredCount long totalSessions,
    @RequiredCount long completedSessions) {}
