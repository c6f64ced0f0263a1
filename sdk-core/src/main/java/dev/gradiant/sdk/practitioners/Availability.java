package dev.gradiant.sdk.practitioners;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A practitioner's slots over a date range.
 *
 * <p>Built with {@link #builder()}; new fields may be added in a minor release (see the README's
 * compatibility rules). Nothing it returns is null: an optional value is an {@link
 * java.util.Optional}, a list is empty when absent.
 */
@JsonDeserialize(builder = Availability.Builder.class)
public final class Availability {
  @JsonProperty private final String id;
  @JsonProperty private final String practitionerId;
  @JsonProperty private final String timezone;
  @JsonProperty private final List<AvailabilitySlot> slots;

  private Availability(Builder builder) {
    this.id = builder.id;
    this.practitionerId = builder.practitionerId;
    this.timezone = required(builder.timezone, "timezone");
    this.slots = List.copyOf(builder.slots);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this Availability} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.practitionerId = practitionerId;
    builder.timezone = timezone;
    builder.slots = slots;
    return builder;
  }

  /** {@return the id of the practitioner's availability calendar} */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** {@return the practitioner's id} */
  public Optional<String> practitionerId() {
    return Optional.ofNullable(practitionerId);
  }

  /** {@return the practitioner's IANA time zone ({@code America/New_York}); slot times are UTC} */
  public String timezone() {
    return timezone;
  }

  /** {@return the slots, in server order; empty when absent} */
  public List<AvailabilitySlot> slots() {
    return slots;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Availability other)) {
      return false;
    }
    return Objects.equals(id, other.id)
        && Objects.equals(practitionerId, other.practitionerId)
        && Objects.equals(timezone, other.timezone)
        && Objects.equals(slots, other.slots);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, practitionerId, timezone, slots);
  }

  @Override
  public String toString() {
    return "Availability["
        + "id="
        + id
        + ", practitionerId="
        + practitionerId
        + ", timezone="
        + timezone
        + ", slots="
        + slots
        + "]";
  }

  private static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalStateException("Availability." + field + " is required");
    }
    return value;
  }

  /** Collects the fields of an {@link Availability}; each method rejects {@code null}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String practitionerId;
    private String timezone;
    private List<AvailabilitySlot> slots = List.of();

    private Builder() {}

    /**
     * @param id the id of the practitioner's availability calendar
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param practitionerId the practitioner's id
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder practitionerId(String practitionerId) {
      this.practitionerId =
          Objects.requireNonNull(practitionerId, "practitionerId must not be null");
      return this;
    }

    /**
     * @param timezone the practitioner's IANA time zone ({@code America/New_York}); slot times are
     *     UTC
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder timezone(String timezone) {
      this.timezone = Objects.requireNonNull(timezone, "timezone must not be null");
      return this;
    }

    /**
     * @param slots the slots, in server order; empty when absent
     * @return this builder
     */
    @JsonSetter(nulls = Nulls.SKIP)
    public Builder slots(List<AvailabilitySlot> slots) {
      this.slots = List.copyOf(Objects.requireNonNull(slots, "slots must not be null"));
      return this;
    }

    /**
     * @return the Availability
     * @throws IllegalStateException if a required field ({@code timezone}) is unset
     */
    public Availability build() {
      return new Availability(this);
    }
  }
}
