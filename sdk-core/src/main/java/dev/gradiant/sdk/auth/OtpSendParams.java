package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;

/**
 * The body of {@code POST /auth/otp/send}. The email is personal data: {@link #toString()} leaves
 * it out.
 *
 * @param email the address to send the one-time password to (required)
 */
public record OtpSendParams(String email) {

  /**
   * Checks the address.
   *
   * @param email the address to send the one-time password to (required)
   * @throws NullPointerException if {@code email} is null
   * @throws IllegalArgumentException if {@code email} is malformed
   */
  public OtpSendParams {
    email = Email.require("email", email);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "OtpSendParams[email=" + Redacted.of(email) + "]";
  }

  /** Collects the fields of an {@link OtpSendParams}. */
  public static final class Builder {
    private String email;

    private Builder() {}

    /**
     * @param email the address to send the one-time password to (required)
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code email} is unset
     * @throws IllegalArgumentException if {@code email} is malformed
     */
    public OtpSendParams build() {
      return new OtpSendParams(email);
    }
  }
}
