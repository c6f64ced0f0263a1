package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * Who can see a user's profile. In an update, unset fields keep their value.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}, lists as empty when absent.
 */
@JsonDeserialize(builder = PrivacySettings.Builder.class)
public final class PrivacySettings {
  @JsonProperty private final String profileVisibility;
  @JsonProperty private final Boolean showOnlineStatus;

  private PrivacySettings(Builder builder) {
    this.profileVisibility = builder.profileVisibility;
    this.showOnlineStatus = builder.showOnlineStatus;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.profileVisibility = profileVisibility;
    builder.showOnlineStatus = showOnlineStatus;
    return builder;
  }

  /** {@return who can see the profile, e.g. {@code public}, if present} */
  public Optional<String> profileVisibility() {
    return Optional.ofNullable(profileVisibility);
  }

  /** {@return whether others see when the user is online, if present} */
  public Optional<Boolean> showOnlineStatus() {
    return Optional.ofNullable(showOnlineStatus);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PrivacySettings other
        && Objects.equals(profileVisibility, other.profileVisibility)
        && Objects.equals(showOnlineStatus, other.showOnlineStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profileVisibility, showOnlineStatus);
  }

  @Override
  public String toString() {
    return "PrivacySettings[profileVisibility="
        + profileVisibility
        + ", showOnlineStatus="
        + showOnlineStatus
        + "]";
  }

  /** Collects the fields of a {@link PrivacySettings}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String profileVisibility;
    private Boolean showOnlineStatus;

    private Builder() {}

    /**
     * @param profileVisibility who can see the profile, e.g. {@code public}
     * @return this builder
     * @throws NullPointerException if {@code profileVisibility} is null
     */
    public Builder profileVisibility(String profileVisibility) {
      this.profileVisibility =
          Objects.requireNonNull(profileVisibility, "profileVisibility must not be null");
      return this;
    }

    /**
     * @param showOnlineStatus whether others see when the user is online
     * @return this builder
     */
    public Builder showOnlineStatus(boolean showOnlineStatus) {
      this.showOnlineStatus = showOnlineStatus;
      return this;
    }

    /**
     * @return the settings
     */
    public PrivacySettings build() {
      return new PrivacySettings(this);
    }
  }
}
