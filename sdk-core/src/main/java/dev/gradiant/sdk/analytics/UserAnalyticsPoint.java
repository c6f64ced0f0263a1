package dev.gradiant.sdk.analytics;

import java.time.LocalDate;

/**
 * One bucket of the user time series.
 *
 * @param periodStart the first day of the bucket (UTC)
 * @param newUsers users registered within the bucket
 * @param activeUsers users with at least one session or booking within the bucket
 */
public record UserAnalyticsPoint(
    LocalDate periodStart, @RequiredCount long newUsers, @RequiredCount long activeUsers) {}
