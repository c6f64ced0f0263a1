package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * Which channels a user receives notifications on. In an update, unset channels keep their value.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}, lists as empty when absent.
 */
@JsonDeserialize(builder = NotificationSettings.Builder.class)
public final class NotificationSettings {
  @JsonProperty private final Boolean email;
  @JsonProperty private final Boolean sms;
  @JsonProperty private final Boolean push;

  private NotificationSettings(Builder builder) {
    this.email = builder.email;
    this.sms = builder.sms;
    this.push = builder.push;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.email = email;
    builder.sms = sms;
    builder.push = push;
    return builder;
  }

  /** {@return whether notifications go by email, if present} */
  public Optional<Boolean> email() {
    return Optional.ofNullable(email);
  }

  /** {@return whether notifications go by text message, if present} */
  public Optional<Boolean> sms() {
    return Optional.ofNullable(sms);
  }

  /** {@return whether notifications go by push notification, if present} */
  public Optional<Boolean> push() {
    return Optional.ofNullable(push);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NotificationSettings other
        && Objects.equals(email, other.email)
        && Objects.equals(sms, other.sms)
        && Objects.equals(push, other.push);
  }

  @Override
  public int hashCode() {
    return Objects.hash(email, sms, push);
  }

  @Override
  public String toString() {
    return "NotificationSettings[email=" + email + ", sms=" + sms + ", push=" + push + "]";
  }

  /** Collects the fields of a {@link NotificationSettings}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private Boolean email;
    private Boolean sms;
    private Boolean push;

    private Builder() {}

    /**
     * @param email whether notifications go by email
     * @return this builder
     */
    public Builder email(boolean email) {
      this.email = email;
      return this;
    }

    /**
     * @param sms whether notifications go by text message
     * @return this builder
     */
    public Builder sms(boolean sms) {
      this.sms = sms;
      return this;
    }

    /**
     * @param push whether notifications go by push notification
     * @return this builder
     */
    public Builder push(boolean push) {
      this.push = push;
      return this;
    }

    /**
     * @return the settings
     */
    public NotificationSettings build() {
      return new NotificationSettings(this);
    }
  }
}
