package dev.gradiant.sdk.auth;

import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;

/**
 * The body of {@code POST /auth/otp/verify}. The email is personal data and the one-time password a
 * secret: {@link #toString()} shows neither.
 *
 * @param email the address the one-time password was sent to (required)
 * @param otp the one-time password from the email (required), at most 16 characters
 */
public record OtpVerifyParams(String email, String otp) {
  private static final int MAX_OTP_LENGTH = 16;

  /**
   * Checks the fields; surrounding whitespace of a pasted code is removed.
   *
   * @param email the address the one-time password was sent to (required)
   * @param otp the one-time password from the email (required), at most 16 characters
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code email} is malformed, or {@code otp} is blank or
   *     longer than 16 characters
   */
  public OtpVerifyParams {
    email = Email.require("email", email);
    otp = RequiredText.require("otp", otp).strip();
    if (otp.length() > MAX_OTP_LENGTH) {
      throw new IllegalArgumentException(
          "otp must be at most " + MAX_OTP_LENGTH + " characters long");
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "OtpVerifyParams[email=" + Redacted.of(email) + ", otp=" + Redacted.of(otp) + "]";
  }

  /** Collects the fields of an {@link OtpVerifyParams}. */
  public static final class Builder {
    private String email;
    private String otp;

    private Builder() {}

    /**
     * @param email the address the one-time password was sent to (required)
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * @param otp the one-time password from the email (required), e.g. {@code "847291"}
     * @return this builder
     */
    public Builder otp(String otp) {
      this.otp = otp;
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a field is unset
     * @throws IllegalArgumentException if a field is invalid
     */
    public OtpVerifyParams build() {
      return new OtpVerifyParams(email, otp);
    }
  }
}
