package dev.gradiant.sdk.wearables;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;

/**
 * A sample the server would not store, and why. In a {@link WearableIngestResult}, {@link #index()}
 * is the sample's position in the list the caller passed to {@code ingest}, whichever request
 * carried it.
 *
 * <p>{@link #toString()} leaves the server's message out: it describes a health measurement.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers. Every field is required, so nothing it returns is null.
 */
@JsonDeserialize(builder = WearableSampleRejection.Builder.class)
public final class WearableSampleRejection {
  @JsonProperty private final int index;
  @JsonProperty private final String code;
  @JsonProperty private final String message;

  private WearableSampleRejection(Builder builder) {
    this.index = builder.index;
    this.code = builder.code;
    this.message = builder.message;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this rejection} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.index = index;
    builder.code = code;
    builder.message = message;
    return builder;
  }

  /** {@return the rejected sample's position in the caller's list, from 0} */
  public int index() {
    return index;
  }

  /**
   * {@return why it was rejected: {@code INVALID_VALUE}, {@code UNSUPPORTED_UNIT}, {@code
   * TIMESTAMP_IN_FUTURE}, or a code added later}
   */
  public String code() {
    return code;
  }

  /** {@return the server's human-readable reason} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WearableSampleRejection that
        && index == that.index
        && code.equals(that.code)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, code, message);
  }

  @Override
  public String toString() {
    return "WearableSampleRejection[index="
        + index
        + ", code="
        + code
        + ", message="
        + Redacted.of(message)
        + "]";
  }

  /**
   * Collects the fields of a {@link WearableSampleRejection}. Each method rejects null. The SDK
   * reads answers with it, skipping JSON nulls.
   */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private int index = -1;
    private String code;
    private String message;

    private Builder() {}

    /**
     * @param index the sample's position, from 0 (required)
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder index(int index) {
      if (index < 0) {
        throw new IllegalArgumentException("index must not be negative, got " + index);
      }
      this.index = index;
      return this;
    }

    /**
     * @param code why it was rejected (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder code(String code) {
      this.code = Objects.requireNonNull(code, "code must not be null");
      return this;
    }

    /**
     * @param message the server's reason (required)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message must not be null");
      return this;
    }

    /**
     * @return the rejection
     * @throws IllegalStateException if a field is unset
     */
    public WearableSampleRejection build() {
      if (index < 0) {
        throw new IllegalStateException("WearableSampleRejection.index is required");
      }
      if (code == null) {
        throw new IllegalStateException("WearableSampleRejection.code is required");
      }
      if (message == null) {
        throw new IllegalStateException("WearableSampleRejection.message is required");
      }
      return new WearableSampleRejection(this);
    }
  }
}
