package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A user account. Names, email, phone number and date of birth are personal data: {@link
 * #toString()} leaves them out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}, lists as empty when absent.
 */
@JsonDeserialize(builder = User.Builder.class)
public final class User {
  @JsonProperty private final String id;
  @JsonProperty private final String email;
  @JsonProperty private final String firstName;
  @JsonProperty private final String lastName;
  @JsonProperty private final LocalDate dateOfBirth;
  @JsonProperty private final String phoneNumber;
  @JsonProperty private final Boolean verified;
  @JsonProperty private final Instant createdAt;
  @JsonProperty private final Instant updatedAt;

  private User(Builder builder) {
    this.id = builder.id;
    this.email = builder.email;
    this.firstName = builder.firstName;
    this.lastName = builder.lastName;
    this.dateOfBirth = builder.dateOfBirth;
    this.phoneNumber = builder.phoneNumber;
    this.verified = builder.verified;
    this.createdAt = builder.createdAt;
    this.updatedAt = builder.updatedAt;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.email = email;
    builder.firstName = firstName;
    builder.lastName = lastName;
    builder.dateOfBirth = dateOfBirth;
    builder.phoneNumber = phoneNumber;
    builder.verified = verified;
    builder.createdAt = createdAt;
    builder.updatedAt = updatedAt;
    return builder;
  }

  /** {@return the user's id} */
  public String id() {
    return id;
  }

  /** {@return the email address} */
  public String email() {
    return email;
  }

  /** {@return the first name, if present} */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** {@return the last name, if present} */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** {@return the date of birth, if present} */
  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }

  /** {@return the phone number, if present} */
  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phoneNumber);
  }

  /** {@return whether the email or phone has been verified, if present} */
  public Optional<Boolean> verified() {
    return Optional.ofNullable(verified);
  }

  /** {@return when the account was created} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return when it last changed, if present} */
  public Optional<Instant> updatedAt() {
    return Optional.ofNullable(updatedAt);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof User other
        && Objects.equals(id, other.id)
        && Objects.equals(email, other.email)
        && Objects.equals(firstName, other.firstName)
        && Objects.equals(lastName, other.lastName)
        && Objects.equals(dateOfBirth, other.dateOfBirth)
        && Objects.equals(phoneNumber, other.phoneNumber)
        && Objects.equals(verified, other.verified)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(updatedAt, other.updatedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, email, firstName, lastName, dateOfBirth, phoneNumber, verified, createdAt, updatedAt);
  }

  @Override
  public String toString() {
    return "User[id="
        + id
        + ", email="
        + Redacted.of(email)
        + ", firstName="
        + Redacted.of(firstName)
        + ", lastName="
        + Redacted.of(lastName)
        + ", dateOfBirth="
        + Redacted.of(dateOfBirth)
        + ", phoneNumber="
        + Redacted.of(phoneNumber)
        + ", verified="
        + verified
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }

  /** Collects the fields of an {@link User}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String email;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String phoneNumber;
    private Boolean verified;
    private Instant createdAt;
    private Instant updatedAt;

    private Builder() {}

    /**
     * @param id the user's id (required)
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param email the email address (required)
     * @return this builder
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email must not be null");
      return this;
    }

    /**
     * @param firstName the first name
     * @return this builder
     * @throws NullPointerException if {@code firstName} is null
     */
    public Builder firstName(String firstName) {
      this.firstName = Objects.requireNonNull(firstName, "firstName must not be null");
      return this;
    }

    /**
     * @param lastName the last name
     * @return this builder
     * @throws NullPointerException if {@code lastName} is null
     */
    public Builder lastName(String lastName) {
      this.lastName = Objects.requireNonNull(lastName, "lastName must not be null");
      return this;
    }

    /**
     * @param dateOfBirth the date of birth
     * @return this builder
     * @throws NullPointerException if {@code dateOfBirth} is null
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth must not be null");
      return this;
    }

    /**
     * @param phoneNumber the phone number
     * @return this builder
     * @throws NullPointerException if {@code phoneNumber} is null
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber must not be null");
      return this;
    }

    /**
     * @param verified whether the email or phone has been verified
     * @return this builder
     */
    public Builder verified(boolean verified) {
      this.verified = verified;
      return this;
    }

    /**
     * @param createdAt when the account was created (required)
     * @return this builder
     * @throws NullPointerException if {@code createdAt} is null
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /**
     * @param updatedAt when it last changed
     * @return this builder
     * @throws NullPointerException if {@code updatedAt} is null
     */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt must not be null");
      return this;
    }

    /**
     * @return the user
     * @throws IllegalStateException if {@code id}, {@code email} or {@code createdAt} is unset
     */
    public User build() {
      if (id == null) {
        throw new IllegalStateException("User.id is required");
      }
      if (email == null) {
        throw new IllegalStateException("User.email is required");
      }
      if (createdAt == null) {
        throw new IllegalStateException("User.createdAt is required");
      }
      return new User(this);
    }
  }
}
