package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;
import java.util.Objects;

/**
 * The body of {@code POST /auth/otp/verify}. The email is personal data and the one-time password a
 * secret: {@link #toString()} shows neither. Surrounding whitespace of a pasted code is removed.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead).
 */
public final class OtpVerifyParams {
  private static final int MAX_OTP_LENGTH = 16;

  @JsonProperty private final String email;
  @JsonProperty private final String otp;

  private OtpVerifyParams(Builder builder) {
    this.email = Email.require("email", builder.email);
    String otp = RequiredText.require("otp", builder.otp).strip();
    if (otp.length() > MAX_OTP_LENGTH) {
      throw new IllegalArgumentException(
          "otp must be at most " + MAX_OTP_LENGTH + " characters long");
    }
    this.otp = otp;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.email = email;
    builder.otp = otp;
    return builder;
  }

  /** {@return the address the one-time password was sent to} */
  public String email() {
    return email;
  }

  /** {@return the one-time password from the email, at most 16 characters} */
  public String otp() {
    return otp;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OtpVerifyParams other
        && Objects.equals(email, other.email)
        && Objects.equals(otp, other.otp);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, otp);
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
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email must not be null");
      return this;
    }

    /**
     * @param otp the one-time password from the email, e.g. {@code "847291"} (required)
     * @return this builder
     * @throws NullPointerException if {@code otp} is null
     */
    public Builder otp(String otp) {
      this.otp = Objects.requireNonNull(otp, "otp must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a field is unset
     * @throws IllegalArgumentException if {@code email} is malformed, or {@code otp} is blank or
     *     longer than 16 characters
     */
    public OtpVerifyParams build() {
      return new OtpVerifyParams(this);
    }
  }
}
