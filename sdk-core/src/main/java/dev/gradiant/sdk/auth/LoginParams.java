package dev.gradiant.sdk.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.redaction.Redacted;
import dev.gradiant.sdk.internal.validation.Email;
import java.util.Objects;

/**
 * The body of {@code POST /auth/login}. The email is personal data and the password a secret:
 * {@link #toString()} shows neither.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead).
 */
public final class LoginParams {
  @JsonProperty private final String email;
  @JsonProperty private final String password;

  private LoginParams(Builder builder) {
    this.email = Email.require("email", builder.email);
    this.password = RequiredText.require("password", builder.password);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.email = email;
    builder.password = password;
    return builder;
  }

  /** {@return the account's email address} */
  public String email() {
    return email;
  }

  /** {@return the account's password, sent exactly as given} */
  public String password() {
    return password;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LoginParams other
        && Objects.equals(email, other.email)
        && Objects.equals(password, other.password);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, password);
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
     * @throws NullPointerException if {@code email} is null
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email must not be null");
      return this;
    }

    /**
     * @param password the account's password, sent exactly as given (required)
     * @return this builder
     * @throws NullPointerException if {@code password} is null
     */
    public Builder password(String password) {
      this.password = Objects.requireNonNull(password, "password must not be null");
      return this;
    }

    /**
     * @return the params
     * @throws NullPointerException if a field is unset
     * @throws IllegalArgumentException if {@code email} is malformed or {@code password} is blank
     */
    public LoginParams build() {
      return new LoginParams(this);
    }
  }
}
