package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The answer of {@code GET /analytics/sessions}: totals over the range and one point per interval.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = SessionAnalytics.Builder.class)
public final class SessionAnalytics {
  @JsonProperty private final LocalDate from;
  @JsonProperty private final LocalDate to;
  @JsonProperty private final Interval interval;
  @JsonProperty private final SessionAnalyticsTotals totals;
  @JsonProperty private final List<SessionAnalyticsPoint> series;

  private SessionAnalytics(Builder builder) {
    this.from = required(builder.from, "from");
    this.to = required(builder.to, "to");
    this.interval = required(builder.interval, "interval");
    this.totals = required(builder.totals, "totals");
    this.series = List.copyOf(builder.series);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this SessionAnalytics} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from = from;
    builder.to = to;
    builder.interval = interval;
    builder.totals = totals;
    builder.series = series;
    return builder;
  }

  /** {@return the first day of the range, inclusive} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day of the range, inclusive} */
  public LocalDate to() {
    return to;
  }

  /** {@return the bucket width of {@code series}} */
  public Interval interval() {
    return interval;
  }

  /** {@return the counts over the whole range} */
  public SessionAnalyticsTotals totals() {
    return totals;
  }

  /** {@return one point per bucket, oldest first; empty when absent} */
  public List<SessionAnalyticsPoint> series() {
    return series;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SessionAnalytics other)) {
      return false;
    }
    return Objects.equals(from, other.from)
        && Objects.equals(to, other.to)
        && Objects.equals(interval, other.interval)
        && Objects.equals(totals, other.totals)
        && Objects.equals(series, other.series);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, interval, totals, series);
  }

  @Override
  public String toString() {
    return "SessionAnalytics["
        + "from="
        + from
        + ", to="
        + to
        + ", interval="
        + interval
        + ", totals="
        + totals
        + ", series="
        + series
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("SessionAnalytics." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of a {@link SessionAnalytics}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private LocalDate from;
    private LocalDate to;
    private Interval interval;
    private SessionAnalyticsTotals totals;
    private List<SessionAnalyticsPoint> series = List.of();

    private Builder() {}

    /**
     * @param from the first day of the range, inclusive
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder from(LocalDate from) {
      this.from = Objects.requireNonNull(from, "from must not be null");
      return this;
    }

    /**
     * @param to the last day of the range, inclusive
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder to(LocalDate to) {
      this.to = Objects.requireNonNull(to, "to must not be null");
      return this;
    }

    /**
     * @param interval the bucket width of {@code series}
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder interval(Interval interval) {
      this.interval = Objects.requireNonNull(interval, "interval must not be null");
      return this;
    }

    /**
     * @param totals the counts over the whole range
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder totals(SessionAnalyticsTotals totals) {
      this.totals = Objects.requireNonNull(totals, "totals must not be null");
      return this;
    }

    /**
     * @param series one point per bucket, oldest first; empty when absent
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder series(List<SessionAnalyticsPoint> series) {
      this.series = List.copyOf(Objects.requireNonNull(series, "series must not be null"));
      return this;
    }

    /**
     * @return the SessionAnalytics
     * @throws IllegalStateException if a required field ({@code from}, {@code to}, {@code
     *     interval}, {@code totals}) is unset
     */
    public SessionAnalytics build() {
      return new SessionAnalytics(this);
    }
  }
}
