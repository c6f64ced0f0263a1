package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.util.Objects;
import java.util.Optional;

/**
 * Who to call in an emergency. Personal data: {@link #toString()} leaves it out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}, lists as empty when absent.
 */
@JsonDeserialize(builder = EmergencyContact.Builder.class)
public final class EmergencyContact {
  @JsonProperty private final String name;
  @JsonProperty private final String phoneNumber;
  @JsonProperty private final String relationship;

  private EmergencyContact(Builder builder) {
    this.name = builder.name;
    this.phoneNumber = builder.phoneNumber;
    this.relationship = builder.relationship;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.name = name;
    builder.phoneNumber = phoneNumber;
    builder.relationship = relationship;
    return builder;
  }

  /** {@return the contact's name, if present} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the contact's phone number, if present} */
  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phoneNumber);
  }

  /** {@return how the contact relates to the user, e.g. {@code spouse}, if present} */
  public Optional<String> relationship() {
    return Optional.ofNullable(relationship);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EmergencyContact other
        && Objects.equals(name, other.name)
        && Objects.equals(phoneNumber, other.phoneNumber)
        && Objects.equals(relationship, other.relationship);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, phoneNumber, relationship);
  }

  @Override
  public String toString() {
    return "EmergencyContact[name="
        + Redacted.of(name)
        + ", phoneNumber="
        + Redacted.of(phoneNumber)
        + ", relationship="
        + Redacted.of(relationship)
        + "]";
  }

  /** Collects the fields of an {@link EmergencyContact}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String name;
    private String phoneNumber;
    private String relationship;

    private Builder() {}

    /**
     * @param name the contact's name
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name must not be null");
      return this;
    }

    /**
     * @param phoneNumber the contact's phone number
     * @return this builder
     * @throws NullPointerException if {@code phoneNumber} is null
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber must not be null");
      return this;
    }

    /**
     * @param relationship how the contact relates to the user, e.g. {@code spouse}
     * @return this builder
     * @throws NullPointerException if {@code relationship} is null
     */
    public Builder relationship(String relationship) {
      this.relationship = Objects.requireNonNull(relationship, "relationship must not be null");
      return this;
    }

    /**
     * @return the contact
     */
    public EmergencyContact build() {
      return new EmergencyContact(this);
    }
  }
}
