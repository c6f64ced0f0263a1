package dev.gradiant.sdk.webhooks;

import java.util.Objects;
import java.util.Optional;

/**
 * The data of a {@code user.*} event: the user. The contract requires the id and the email (a
 * delivery without them is rejected as {@code MALFORMED_PAYLOAD}); every other field is empty when
 * the payload omits it. The personal fields are left out of {@link #toString()}, so the data can be
 * logged.
 *
 * <p>Immutable. Like every webhook data type it is a final class with a {@link Builder}, so fields
 * can be added later without breaking callers; nothing it returns is null.
 */
public final class UserEventData implements EventData {
  private final String id;
  private final Boolean verified;
  private final String email;
  private final String firstName;
  private final String lastName;
  private final String phoneNumber;

  private UserEventData(Builder builder) {
    this.id = builder.id;
    this.verified = builder.verified;
    this.email = builder.email;
    this.firstName = builder.firstName;
    this.lastName = builder.lastName;
    this.phoneNumber = builder.phoneNumber;
  }

  /**
   * Starts a builder, such as for a handler's tests.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this data's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.verified = verified;
    builder.email = email;
    builder.firstName = firstName;
    builder.lastName = lastName;
    builder.phoneNumber = phoneNumber;
    return builder;
  }

  /**
   * The user's id ({@code userId} or {@code id}).
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Whether the user's email or phone number is verified.
   *
   * @return the flag, or empty if the payload has none
   */
  public Optional<Boolean> verified() {
    return Optional.ofNullable(verified);
  }

  /**
   * The user's email address; personal data.
   *
   * @return the email address
   */
  public String email() {
    return email;
  }

  /**
   * The user's first name; personal data.
   *
   * @return the name, or empty if the payload has none
   */
  public Optional<String> firstName() {
    return Optional.ofNullable(firstName);
  }

  /**
   * The user's last name; personal data.
   *
   * @return the name, or empty if the payload has none
   */
  public Optional<String> lastName() {
    return Optional.ofNullable(lastName);
  }

  /**
   * The user's phone number; personal data.
   *
   * @return the number, or empty if the payload has none
   */
  public Optional<String> phoneNumber() {
    return Optional.ofNullable(phoneNumber);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UserEventData that
        && id.equals(that.id)
        && Objects.equals(verified, that.verified)
        && email.equals(that.email)
        && Objects.equals(firstName, that.firstName)
        && Objects.equals(lastName, that.lastName)
        && Objects.equals(phoneNumber, that.phoneNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, verified, email, firstName, lastName, phoneNumber);
  }

  /** Prints the id and verification flag; the personal fields are redacted. */
  @Override
  public String toString() {
    return "UserEventData[id=" + id + ", verified=" + verified + ", personal fields redacted]";
  }

  /**
   * Builds {@link UserEventData}; each method rejects null (leave a field unset to leave it empty).
   * Not thread-safe.
   */
  public static final class Builder {
    private String id;
    private Boolean verified;
    private String email;
    private String firstName;
    private String lastName;
    private String phoneNumber;

    private Builder() {}

    /**
     * Sets the user's id; required.
     *
     * @param id the id
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * Sets whether the user's email or phone number is verified.
     *
     * @param verified the flag
     * @return this builder
     */
    public Builder verified(boolean verified) {
      this.verified = verified;
      return this;
    }

    /**
     * Sets the user's email address; required.
     *
     * @param email the email address
     * @return this builder
     * @throws NullPointerException if {@code email} is null; the message never holds a value
     */
    public Builder email(String email) {
      this.email = Objects.requireNonNull(email, "email must not be null");
      return this;
    }

    /**
     * Sets the user's first name.
     *
     * @param firstName the name
     * @return this builder
     * @throws NullPointerException if {@code firstName} is null
     */
    public Builder firstName(String firstName) {
      this.firstName = Objects.requireNonNull(firstName, "firstName must not be null");
      return this;
    }

    /**
     * Sets the user's last name.
     *
     * @param lastName the name
     * @return this builder
     * @throws NullPointerException if {@code lastName} is null
     */
    public Builder lastName(String lastName) {
      this.lastName = Objects.requireNonNull(lastName, "lastName must not be null");
      return this;
    }

    /**
     * Sets the user's phone number.
     *
     * @param phoneNumber the number
     * @return this builder
     * @throws NullPointerException if {@code phoneNumber} is null
     */
    public Builder phoneNumber(String phoneNumber) {
      this.phoneNumber = Objects.requireNonNull(phoneNumber, "phoneNumber must not be null");
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws IllegalStateException naming the first required field not set
     */
    public UserEventData build() {
      if (id == null) {
        throw new IllegalStateException("UserEventData.id is required");
      }
      if (email == null) {
        throw new IllegalStateException("UserEventData.email is required");
      }
      return new UserEventData(this);
    }
  }
}
