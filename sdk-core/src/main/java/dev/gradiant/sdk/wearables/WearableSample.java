package dev.gradiant.sdk.wearables;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One measurement from a device, as sent to {@code POST /users/{id}/wearables/samples}. Health
 * data: {@link #toString()} never shows the value.
 *
 * <p>The value is a {@link BigDecimal}, sent as the JSON number it holds ({@code 36.6} stays {@code
 * 36.6}): no binary floating point on the way.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Every field is required, so nothing it returns is null.
 */
public final class WearableSample {
  static final int MAX_DEVICE_ID = 128;
  static final int MAX_UNIT = 32;

  @JsonProperty private final String deviceId;
  @JsonProperty private final WearableMetric metric;
  @JsonProperty private final String unit;
  @JsonProperty private final BigDecimal value;
  @JsonProperty private final Instant recordedAt;

  private WearableSample(Builder builder) {
    this.deviceId = text("deviceId", builder.deviceId, MAX_DEVICE_ID);
    this.metric = required("metric", builder.metric);
    this.unit = text("unit", builder.unit, MAX_UNIT);
    this.value = required("value", builder.value);
    this.recordedAt = Rfc3339.instant("recordedAt", required("recordedAt", builder.recordedAt));
  }

  private static <T> T required(String field, T value) {
    if (value == null) {
      throw new IllegalStateException("WearableSample." + field + " is required");
    }
    return value;
  }

  private static String text(String field, String value, int max) {
    required(field, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException("WearableSample." + field + " must not be blank");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "WearableSample." + field + " must be at most " + max + " characters");
    }
    return value;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this sample} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.deviceId = deviceId;
    builder.metric = metric;
    builder.unit = unit;
    builder.value = value;
    builder.recordedAt = recordedAt;
    return builder;
  }

  /** {@return the device's own id} */
  public String deviceId() {
    return deviceId;
  }

  /** {@return what is measured} */
  public WearableMetric metric() {
    return metric;
  }

  /** {@return the unit of {@link #value()}, e.g. {@code bpm}} */
  public String unit() {
    return unit;
  }

  /** {@return the measurement, exact (health data)} */
  public BigDecimal value() {
    return value;
  }

  /** {@return when it was measured} */
  public Instant recordedAt() {
    return recordedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WearableSample that
        && deviceId.equals(that.deviceId)
        && metric.equals(that.metric)
        && unit.equals(that.unit)
        && value.equals(that.value)
        && recordedAt.equals(that.recordedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceId, metric, unit, value, recordedAt);
  }

  @Override
  public String toString() {
    return "WearableSample[deviceId="
        + deviceId
        + ", metric="
        + metric
        + ", unit="
        + unit
        + ", value="
        + Redacted.of(value)
        + ", recordedAt="
        + recordedAt
        + "]";
  }

  /** Collects the fields of a {@link WearableSample}; each method rejects null. */
  public static final class Builder {
    private String deviceId;
    private WearableMetric metric;
    private String unit;
    private BigDecimal value;
    private Instant recordedAt;

    private Builder() {}

    /**
     * @param deviceId the device's own id, 1 to 128 characters (required)
     * @return this builder
     */
    public Builder deviceId(String deviceId) {
      this.deviceId = Objects.requireNonNull(deviceId, "deviceId must not be null");
      return this;
    }

    /**
     * @param metric what is measured (required)
     * @return this builder
     */
    public Builder metric(WearableMetric metric) {
      this.metric = Objects.requireNonNull(metric, "metric must not be null");
      return this;
    }

    /**
     * @param unit the unit of the value, 1 to 32 characters, e.g. {@code bpm} (required)
     * @return this builder
     */
    public Builder unit(String unit) {
      this.unit = Objects.requireNonNull(unit, "unit must not be null");
      return this;
    }

    /**
     * @param value the measurement, exact (required)
     * @return this builder
     */
    public Builder value(BigDecimal value) {
      this.value = Objects.requireNonNull(value, "value must not be null");
      return this;
    }

    /**
     * @param value the measurement, a whole number (steps, say)
     * @return this builder
     */
    public Builder value(long value) {
      this.value = BigDecimal.valueOf(value);
      return this;
    }

    /**
     * @param recordedAt when it was measured, in the years 0000 to 9999 (required)
     * @return this builder
     */
    public Builder recordedAt(Instant recordedAt) {
      this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt must not be null");
      return this;
    }

    /**
     * @return the sample
     * @throws IllegalStateException if a field is unset
     * @throws IllegalArgumentException if {@code deviceId} or {@code unit} is blank or too long, or
     *     {@code recordedAt} is outside the years 0000 to 9999
     */
    public WearableSample build() {
      return new WearableSample(this);
    }
  }
}
