package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PUT /users/{id}}: the fields to change. Unset fields are not sent and keep
 * their value; at least one must be set.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead); accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class UserUpdateParams {
  @JsonProperty private final String email;
  @JsonProperty private final String firstName;
  @JsonProperty private final String lastName;
  @JsonProperty private final LocalDate dateOfBirth;
  @JsonProperty private final String phoneNumber;

  private UserUpdateParams(Builder builder) {
    Fields.requireAny(
        "UserUpdateParams",
        builder.email,
        builder.firstName,
        builder.lastName,
        builder.dateOfBirth,
        builder.phoneNumber);
    this.email = builder.email == null ? null : Email.require("email", builder.email);
    this.firstName = Fields.notBlank("firstName", builder.firstName);
    this.lastName = Fields.notBlank("lastName", builder.lastName);
    this.phoneNumber = Fields.notBlank("phoneNumber", builder.phoneNumber);
    Rfc3339.date("dateOfBirth", builder.dateOfBirth);
    this.dateOfBirth = builder.dateOfBirth;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.email = email;
    builder.firstName = firstName;
    builder.lastName = lastName;
    builder.dateOfBirth = dateOfBirth;
    builder.phoneNumber = phoneNumber;
    return builder;
  }

  /** {@return the new email address, if present} */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** {@return the new first name, if present} */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /** {@return the new last name, if present} */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /** {@return the new date of birth, if present} */
  public Optional<LocalDate> dateOfBirth() {
    return Optional.ofNullable(dateOfBirth);
  }

  /** {@return the new phone number, if present} */
  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phoneNumber);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserUpdateParams other
        && Objects.equals(email, other.email)
        && Objects.equals(firstName, other.firstName)
        && Objects.equals(lastName, other.lastName)
        && Objects.equals(dateOfBirth, other.dateOfBirth)
        && Objects.equals(phoneNumber, other.phoneNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, firstName, lastName, dateOfBirth, phoneNumber);
  }

  @Override
  public String toString() {
    return "UserUpdateParams[email="
        + Redacted.of(email)
        + ", firstName="
        + Redacted.of(firstName)
        + ", lastName="
        + Redacted.of(lastName)
        + ", dateOfBirth="
        + Redacted.of(dateOfBirth)
        + ", phoneNumber="
        + Redacted.of(phoneNumber)
        + "]";
  }

  /** Collects the fields of a {@link UserUpdateParams}. */
  public static final class Builder {
    private String email;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String phoneNumber;

    private Builder() {}

    /**
     * @param email the new email address
     * @return this builder
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email must not be null");
      return this;
    }

    /**
     * @param firstName the new first name
     * @return this builder
     * @throws NullPointerException if {@code firstName} is null
     */
    public Builder firstName(String firstName) {
      this.firstName = Objects.requireNonNull(firstName, "firstName must not be null");
      return this;
    }

    /**
     * @param lastName the new last name
     * @return this builder
     * @throws NullPointerException if {@code lastName} is null
     */
    public Builder lastName(String lastName) {
      this.lastName = Objects.requireNonNull(lastName, "lastName must not be null");
      return this;
    }

    /**
     * @param dateOfBirth the new date of birth
     * @return this builder
     * @throws NullPointerException if {@code dateOfBirth} is null
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth must not be null");
      return this;
    }

    /**
     * @param phoneNumber the new phone number
     * @return this builder
     * @throws NullPointerException if {@code phoneNumber} is null
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set or a field is invalid
     */
    public UserUpdateParams build() {
      return new UserUpdateParams(this);
    }
  }
}
