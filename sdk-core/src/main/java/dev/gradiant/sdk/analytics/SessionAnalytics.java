package dev.gradiant.sdk.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /analytics/sessions}: totals over the range and one point per interval.
 *
 * @param from the first day of the range, inclusive
 * @param to the last day of the range, inclusive
 * @param interval the bucket width of {@code series}
 * @param totals the counts over the whole range
 * @param series one point per bucket, oldest first; never null
 */
public record SessionAnalytics(
    LocalDate from,
    LocalDate to,
    Interval interval,
    SessionAnalyticsTotals totals,
    List<SessionAnalyticsPoint> series) {

  /**
   * Replaces an absent series with an empty one and makes it unmodifiable.
   *
   * @param from the first day of the range, inclusive
   * @param to the last day of the range, inclusive
   * @param interval the bucket width of {@code series}
   * @param totals the counts over the whole range
   * @param series one point per bucket, oldest first; never null
   */
  public SessionAnalytics {
    series = series == null ? List.of() : List.copyOf(series);
  }
}
