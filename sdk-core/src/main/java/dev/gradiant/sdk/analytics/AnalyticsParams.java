package dev.gradiant.sdk.analytics;

import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The query of {@code GET /analytics/sessions} and {@code GET /analytics/users}: an inclusive range
 * of UTC days and the width of the time-series buckets. Build with {@link #builder()}; {@code from}
 * and {@code to} are required.
 *
 * @param from the first day of the range, inclusive (required)
 * @param to the last day of the range, inclusive; not before {@code from} (required)
 * @param interval the bucket width, or {@code null} for the server's default ({@link Interval#DAY})
 */
public record AnalyticsParams(LocalDate from, LocalDate to, Interval interval) {

  /**
   * Checks the range.
   *
   * @param from the first day of the range, inclusive (required)
   * @param to the last day of the range, inclusive; not before {@code from} (required)
   * @param interval the bucket width, or {@code null} for the server's default
   * @throws NullPointerException if {@code from} or {@code to} is null
   * @throws IllegalArgumentException if {@code from} is after {@code to}, or a date is outside the
   *     years 0000 to 9999
   */
  public AnalyticsParams {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Rfc3339.date("from", from);
    Rfc3339.date("to", to);
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from (" + from + ") must not be after to (" + to + ")");
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the fields of an {@link AnalyticsParams}. */
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;
    private Interval interval;

    private Builder() {}

    /**
     * @param from the first day of the range, inclusive (required)
     * @return this builder
     */
    public Builder from(LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * @param to the last day of the range, inclusive (required)
     * @return this builder
     */
    public Builder to(LocalDate to) {
      this.to = to;
      return this;
    }

    /**
     * @param interval the bucket width ({@link Interval#DAY} when unset)
     * @return this builder
     */
    public Builder interval(Interval interval) {
      this.interval = interval;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code from} or {@code to} is unset
     * @throws IllegalArgumentException if {@code from} is after {@code to}, or a date is outside
     *     the years 0000 to 9999
     */
    public AnalyticsParams build() {
      return new AnalyticsParams(from, to, interval);
    }
  }
}
