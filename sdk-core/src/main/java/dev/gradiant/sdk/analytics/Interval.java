package dev.gradiant.sdk.analytics;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * The width of each bucket of an analytics time series. Buckets start on the UTC day, the ISO week
 * (Monday) or the first of the month. Values added by the server later are kept, not rejected.
 */
public final class Interval extends ExtensibleEnum {

  /** {@code day}: one point per UTC day (the server's default). */
  public static final Interval DAY = new Interval("day");

  /** {@code week}: one point per ISO week, starting on Monday. */
  public static final Interval WEEK = new Interval("week");

  /** {@code month}: one point per calendar month. */
  public static final Interval MONTH = new Interval("month");

  private static final KnownValues<Interval> KNOWN =
      KnownValues.of(Interval::new, List.of(DAY, WEEK, MONTH));

  private Interval(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the interval
   */
  @JsonCreator
  public static Interval of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
