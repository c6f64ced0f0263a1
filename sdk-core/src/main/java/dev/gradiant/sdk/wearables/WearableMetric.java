package dev.gradiant.sdk.wearables;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a wearable sample measures. An open list: {@link #of(String)} takes any name of the
 * contract's form ({@code ^[a-z][a-z0-9_]{0,63}$}), e.g. a metric the server added later. Each
 * constant notes the unit the server expects for it.
 */
public final class WearableMetric extends ExtensibleEnum {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** Heart rate, in {@code bpm}. */
  public static final WearableMetric HEART_RATE = new WearableMetric("heart_rate");

  /** Steps, a {@code count}. */
  public static final WearableMetric STEPS = new WearableMetric("steps");

  /** Distance, in {@code m}. */
  public static final WearableMetric DISTANCE = new WearableMetric("distance");

  /** Active energy, in {@code kcal}. */
  public static final WearableMetric ACTIVE_ENERGY = new WearableMetric("active_energy");

  /** Blood oxygen saturation, in {@code %}. */
  public static final WearableMetric SPO2 = new WearableMetric("spo2");

  /** Body temperature, in {@code degC}. */
  public static final WearableMetric BODY_TEMPERATURE = new WearableMetric("body_temperature");

  /** Body weight, in {@code kg}. */
  public static final WearableMetric WEIGHT = new WearableMetric("weight");

  /** Sleep duration, in {@code min}. */
  public static final WearableMetric SLEEP_DURATION = new WearableMetric("sleep_duration");

  private static final KnownValues<WearableMetric> KNOWN =
      KnownValues.of(
          WearableMetric::new,
          List.of(
              HEART_RATE,
              STEPS,
              DISTANCE,
              ACTIVE_ENERGY,
              SPO2,
              BODY_TEMPERATURE,
              WEIGHT,
              SLEEP_DURATION));

  private WearableMetric(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the metric's name, e.g. {@code heart_rate}
   * @return the metric
   * @throws IllegalArgumentException if {@code value} is not a lower-case name of 1 to 64 letters,
   *     digits and underscores starting with a letter
   */
  @JsonCreator
  public static WearableMetric of(String value) {
    if (value == null || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "metric must be a lower-case name of 1 to 64 letters, digits and underscores, starting"
              + " with a letter (e.g. heart_rate)");
    }
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
