package dev.gradiant.sdk.analytics;

import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The query of {@code GET /analytics/sessions} and {@code GET /analytics/users}: an inclusive range
 * of UTC days and the width of the time-series buckets. Build with {@link #builder()}; {@code from}
 * and {@code to} are required, the interval is optional. New fields may be added in a minor
 * release.
 */
public final class AnalyticsParams {
  private final LocalDate from;
  private final LocalDate to;
  private final Interval interval;

  private AnalyticsParams(Builder builder) {
    this.from = Objects.requireNonNull(builder.from, "from must not be null");
    this.to = Objects.requireNonNull(builder.to, "to must not be null");
    this.interval = builder.interval;
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

  /** {@return a builder holding every field of these params} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from = from;
    builder.to = to;
    builder.interval = interval;
    return builder;
  }

  /** {@return the first day of the range, inclusive} */
  public LocalDate from() {
    return from;
  }

  /** {@return the last day of the range, inclusive; not before {@link #from()}} */
  public LocalDate to() {
    return to;
  }

  /** {@return the bucket width; empty for the server's default ({@link Interval#DAY})} */
  public Optional<Interval> interval() {
    return Optional.ofNullable(interval);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AnalyticsParams other)) {
      return false;
    }
    return from.equals(other.from)
        && to.equals(other.to)
        && Objects.equals(interval, other.interval);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to, interval);
  }

  @Override
  public String toString() {
    return "AnalyticsParams[from=" + from + ", to=" + to + ", interval=" + interval + "]";
  }

  /** Collects the fields of an {@link AnalyticsParams}; each method rejects {@code null}. */
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
      this.from = Objects.requireNonNull(from, "from must not be null");
      return this;
    }

    /**
     * @param to the last day of the range, inclusive (required)
     * @return this builder
     */
    public Builder to(LocalDate to) {
      this.to = Objects.requireNonNull(to, "to must not be null");
      return this;
    }

    /**
     * @param interval the bucket width ({@link Interval#DAY} when unset)
     * @return this builder
     */
    public Builder interval(Interval interval) {
      this.interval = Objects.requireNonNull(interval, "interval must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code from} or {@code to} is unset
     * @throws IllegalArgumentException if {@code from} is after {@code to}, or a date is outside
     *     the years 0000 to 9999
     */
    public AnalyticsParams build() {
      return new AnalyticsParams(this);
    }
  }
}
