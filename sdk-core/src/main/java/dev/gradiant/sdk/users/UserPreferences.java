package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's language, time zone, notification and privacy settings.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Nothing it returns is null: values the contract requires are returned as they are,
 * values that may be absent as {@link Optional}, lists as empty when absent.
 */
@JsonDeserialize(builder = UserPreferences.Builder.class)
public final class UserPreferences {
  @JsonProperty private final String id;
  @JsonProperty private final String language;
  @JsonProperty private final String timezone;
  @JsonProperty private final NotificationSettings notifications;
  @JsonProperty private final PrivacySettings privacy;

  private UserPreferences(Builder builder) {
    this.id = builder.id;
    this.language = builder.language;
    this.timezone = builder.timezone;
    this.notifications = builder.notifications;
    this.privacy = builder.privacy;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these values, to change some of them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.id = id;
    builder.language = language;
    builder.timezone = timezone;
    builder.notifications = notifications;
    builder.privacy = privacy;
    return builder;
  }

  /** {@return the preferences' id, if present} */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** {@return a language tag, e.g. {@code en}, if present} */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /** {@return an IANA time zone, e.g. {@code America/New_York}, if present} */
  public Optional<String> timezone() {
    return Optional.ofNullable(timezone);
  }

  /** {@return notification channels, if present} */
  public Optional<NotificationSettings> notifications() {
    return Optional.ofNullable(notifications);
  }

  /** {@return profile visibility, if present} */
  public Optional<PrivacySettings> privacy() {
    return Optional.ofNullable(privacy);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UserPreferences other
        && Objects.equals(id, other.id)
        && Objects.equals(language, other.language)
        && Objects.equals(timezone, other.timezone)
        && Objects.equals(notifications, other.notifications)
        && Objects.equals(privacy, other.privacy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, language, timezone, notifications, privacy);
  }

  @Override
  public String toString() {
    return "UserPreferences[id="
        + id
        + ", language="
        + language
        + ", timezone="
        + timezone
        + ", notifications="
        + notifications
        + ", privacy="
        + privacy
        + "]";
  }

  /** Collects the fields of an {@link UserPreferences}. */
  @JsonPOJOBuilder(withPrefix = "")
  public static final class Builder {
    private String id;
    private String language;
    private String timezone;
    private NotificationSettings notifications;
    private PrivacySettings privacy;

    private Builder() {}

    /**
     * @param id the preferences' id
     * @return this builder
     * @throws NullPointerException if {@code id} is null
     */
    public Builder id(String id) {
      this.id = Objects.requireNonNull(id, "id must not be null");
      return this;
    }

    /**
     * @param language a language tag, e.g. {@code en}
     * @return this builder
     * @throws NullPointerException if {@code language} is null
     */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language must not be null");
      return this;
    }

    /**
     * @param timezone an IANA time zone, e.g. {@code America/New_York}
     * @return this builder
     * @throws NullPointerException if {@code timezone} is null
     */
    public Builder timezone(String timezone) {
      this.timezone = Objects.requireNonNull(timezone, "timezone must not be null");
      return this;
    }

    /**
     * @param notifications notification channels
     * @return this builder
     * @throws NullPointerException if {@code notifications} is null
     */
    public Builder notifications(NotificationSettings notifications) {
      this.notifications = Objects.requireNonNull(notifications, "notifications must not be null");
      return this;
    }

    /**
     * @param privacy profile visibility
     * @return this builder
     * @throws NullPointerException if {@code privacy} is null
     */
    public Builder privacy(PrivacySettings privacy) {
      this.privacy = Objects.requireNonNull(privacy, "privacy must not be null");
      return this;
    }

    /**
     * @return the preferences
     */
    public UserPreferences build() {
      return new UserPreferences(this);
    }
  }
}
