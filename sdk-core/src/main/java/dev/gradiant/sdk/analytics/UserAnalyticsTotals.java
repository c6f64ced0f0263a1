package dev.gradiant.sdk.analytics;

/**
 * User counts over the whole range. The counts are required: a response without one is a {@link
 * dev.gradiant.sdk.errors.MalformedResponseException}, never a silent {@code 0}.
 *
 * @param totalUsers users registered at the end of the range
 * @param newUsers users registered within the range
 * @param activeUsers users with at least one session or booking within the range
 */
public record UserAnalyticsTotals(
    @RequiredCount long totalUsers,
    @RequiredCount long newUsers,
    @RequiredCount long activeUsers) {}
