package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;

/**
 * The body of {@code POST /auth/login}. The email is personal data and the password a secret:
 * {@link #toString()} shows neither.
 *
 * @param email the account's email address (required)
 * @param password the account's password (required), sent exactly as given
 */
public record LoginParams(String email, String password) {

  /**
   * Checks the fields.
   *
   * @param email the account's email address (required)
   * @param password the account's password (required), sent exactly as given
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code email} is malformed or {@code password} is blank
   */
  public LoginParams {
    email = Email.require("email", email);
    RequiredText.require("password", password);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "LoginParams[email=" + Redacted.of(email) + ", password=" + Redacted.of(password) + "]";
  }

  /** Collects the fields of a {@link LoginParams}. */
  public static final class Builder {
    private String email;
    private String password;

    private Builder() {}

    /**
     * @param email the account's email address (required)
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * @param password the account's password (required)
     * @return this builder
     */
    public Builder password(String password) {
      this.password = password;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a field is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public LoginParams build() {
      return new LoginParams(email, password);
    }
  }
}
