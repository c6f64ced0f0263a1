package dev.gradiant.sdk.analytics;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /analytics/users}: totals over the range and one point per interval.
 *
 * @param from the first day of the range, inclusive
 * @param to the last day of the range, inclusive
 * @param interval the bucket width of {@code series}
 * @param totals the counts over the whole range
 * @param series one point per bucket, oldest first; never null
 */
public record UserAnalytics(
    LocalDate from,
    LocalDate to,
    Interval interval,
    UserAnalyticsTotals totals,
    List<UserAnalyticsPoint> series) {

  /**
   * Replaces an absent series with an empty one and makes it unmodifiable.
   *
   * @param from the first day of the range, inclusive
   * @param to the last day of the range, inclusive
   * @param interval the bucket width of {@code series}
   * @param totals the counts over the whole range
   * @param series one point per bucket, oldest first; never null
   */
  public UserAnalytics {
    series = series == null ? List.of() : List.copyOf(series);
  }
}
