package dev.gradiant.sdk.users;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;

/**
 * The body of {@code PUT /users/{id}}: the fields to change. Unset fields are not sent and keep
 * their value; at least one must be set.
 *
 * @param email the new email address
 * @param firstName the new first name
 * @param lastName the new last name
 * @param dateOfBirth the new date of birth
 * @param phoneNumber the new phone number
 */
public record UserUpdateParams(
    String email, String firstName, String lastName, LocalDate dateOfBirth, String phoneNumber) {

  /**
   * Checks the fields.
   *
   * @param email the new email address
   * @param firstName the new first name
   * @param lastName the new last name
   * @param dateOfBirth the new date of birth
   * @param phoneNumber the new phone number
   * @throws IllegalArgumentException if nothing is set, or a set field is invalid
   */
  public UserUpdateParams {
    Fields.requireAny("UserUpdateParams", email, firstName, lastName, dateOfBirth, phoneNumber);
    email = email == null ? null : Email.require("email", email);
    Fields.notBlank("firstName", firstName);
    Fields.notBlank("lastName", lastName);
    Fields.notBlank("phoneNumber", phoneNumber);
    Rfc3339.date("dateOfBirth", dateOfBirth);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
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
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * @param firstName the new first name
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * @param lastName the new last name
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * @param dateOfBirth the new date of birth
     * @return this builder
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    /**
     * @param phoneNumber the new phone number
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set or a field is invalid
     */
    public UserUpdateParams build() {
      return new UserUpdateParams(email, firstName, lastName, dateOfBirth, phoneNumber);
    }
  }
}
