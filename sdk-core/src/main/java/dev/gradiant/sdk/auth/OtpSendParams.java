package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;
import java.util.Objects;

/**
 * The body of {@code POST /auth/otp/send}. The email is personal data: {@link #toString()} leaves
 * it out.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead).
 */
public final class OtpSendParams {
  @JsonProperty private final String email;

  private OtpSendParams(Builder builder) {
    this.email = Email.require("email", builder.email);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.email = email;
    return builder;
  }

  /** {@return the address to send the one-time password to} */
  public String email() {
    return email;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OtpSendParams other && Objects.equals(email, other.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email);
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
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if {@code email} is unset
     * @throws IllegalArgumentException if {@code email} is malformed
     */
    public OtpSendParams build() {
      return new OtpSendParams(this);
    }
  }
}
