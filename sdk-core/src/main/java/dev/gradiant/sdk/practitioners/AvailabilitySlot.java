package dev.gradiant.sdk.practitioners;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.core.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One slot of a practitioner's calendar.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = AvailabilitySlot.Builder.class)
public final class AvailabilitySlot {
  @JsonProperty private final Instant startTime;
  @JsonProperty private final Instant endTime;
  @JsonProperty private final Boolean available;
  @JsonProperty private final Money price;

  private AvailabilitySlot(Builder builder) {
    this.startTime = required(builder.startTime, "startTime");
    this.endTime = required(builder.endTime, "endTime");
    this.available = required(builder.available, "available");
    this.price = builder.price;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this AvailabilitySlot} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.startTime = startTime;
    builder.endTime = endTime;
    builder.available = available;
    builder.price = price;
    return builder;
  }

  /** {@return when the slot starts (UTC)} */
  public Instant startTime() {
    return startTime;
  }

  /** {@return when it ends (UTC)} */
  public Instant endTime() {
    return endTime;
  }

  /** {@return whether it can still be booked} */
  public boolean available() {
    return available;
  }

  /** {@return what a session in this slot costs, exact} */
  public Optional<Money> price() {
    return Optional.ofNullable(price);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof AvailabilitySlot other)) {
      return false;
    }
    return Objects.equals(startTime, other.startTime)
        && Objects.equals(endTime, other.endTime)
        && Objects.equals(available, other.available)
        && Objects.equals(price, other.price);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startTime, endTime, available, price);
  }

  @Override
  public String toString() {
    return "AvailabilitySlot["
        + "startTime="
        + startTime
        + ", endTime="
        + endTime
        + ", available="
        + available
        + ", price="
        + price
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("AvailabilitySlot." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of an {@link AvailabilitySlot}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Instant startTime;
    private Instant endTime;
    private Boolean available;
    private Money price;

    private Builder() {}

    /**
     * @param startTime when the slot starts (UTC)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder startTime(Instant startTime) {
      this.startTime = Objects.requireNonNull(startTime, "startTime must not be null");
      return this;
    }

    /**
     * @param endTime when it ends (UTC)
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder endTime(Instant endTime) {
      this.endTime = Objects.requireNonNull(endTime, "endTime must not be null");
      return this;
    }

    /**
     * @param available whether it can still be booked
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder available(boolean available) {
      this.available = available;
      return this;
    }

    /**
     * @param price what a session in this slot costs, exact
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder price(Money price) {
      this.price = Objects.requireNonNull(price, "price must not be null");
      return this;
    }

    /**
     * @return the AvailabilitySlot
     * @throws IllegalStateException if a required field ({@code startTime}, {@code endTime}, {@code
     *     available}) is unset
     */
    public AvailabilitySlot build() {
      return new AvailabilitySlot(this);
    }
  }
}
