package dev.gradiant.sdk.users;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;
import dev.gradiant.sdk.internal.validation.Fields;
import dev.gradiant.sdk.internal.validation.Rfc3339;
import java.time.LocalDate;

/**
 * The body of {@code POST /users}. Build with {@link #builder()}; {@code email} is required.
 *
 * @param email the email address (required)
 * @param firstName the first name
 * @param lastName the last name
 * @param dateOfBirth the date of birth
 * @param phoneNumber the phone number
 */
public record UserCreateParams(
    String email, String firstName, String lastName, LocalDate dateOfBirth, String phoneNumber) {

  /**
   * Checks the fields.
   *
   * @param email the email address (required)
   * @param firstName the first name
   * @param lastName the last name
   * @param dateOfBirth the date of birth
   * @param phoneNumber the phone number
   * @throws NullPointerException if {@code email} is null
   * @throws IllegalArgumentException if {@code email} is malformed, a name is blank, or {@code
   *     dateOfBirth} is outside the years 0000 to 9999
   */
  public UserCreateParams {
    email = Email.require("email", email);
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
    return "UserCreateParams[email="
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

  /** Collects the fields of a {@link UserCreateParams}. */
  public static final class Builder {
    private String email;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private String phoneNumber;

    private Builder() {}

    /**
     * @param email the email address (required)
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * @param firstName the first name
     * @return this builder
     */
    public Builder firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    /**
     * @param lastName the last name
     * @return this builder
     */
    public Builder lastName(String lastName) {
      this.lastName = lastName;
      return this;
    }

    /**
     * @param dateOfBirth the date of birth
     * @return this builder
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = dateOfBirth;
      return this;
    }

    /**
     * @param phoneNumber the phone number, e.g. {@code +1234567890}
     * @return this builder
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = phoneNumber;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code email} is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public UserCreateParams build() {
      return new UserCreateParams(email, firstName, lastName, dateOfBirth, phoneNumber);
    }
  }
}
