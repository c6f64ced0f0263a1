package dev.gradiant.sdk.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.gradiant.sdk.internal.validation.Fields;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of {@code PUT /users/{id}/preferences}: the settings to change. Unset fields keep their
 * value; at least one must be set.
 *
 * <p>A final class built with {@link #builder()}, so that fields can be added without breaking
 * callers. Builder methods refuse {@code null} (leave a field unset instead); accessors return
 * {@link Optional#empty()} for what was left unset.
 */
public final class UserPreferencesUpdateParams {
  @JsonProperty private final String language;
  @JsonProperty private final String timezone;
  @JsonProperty private final NotificationSettings notifications;
  @JsonProperty private final PrivacySettings privacy;

  private UserPreferencesUpdateParams(Builder builder) {
    Fields.requireAny(
        "UserPreferencesUpdateParams",
        builder.language,
        builder.timezone,
        builder.notifications,
        builder.privacy);
    this.language = Fields.notBlank("language", builder.language);
    if (builder.timezone != null) {
      try {
        ZoneId.of(builder.timezone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "timezone must be an IANA time zone such as America/New_York, got " + builder.timezone,
            e);
      }
    }
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
    builder.language = language;
    builder.timezone = timezone;
    builder.notifications = notifications;
    builder.privacy = privacy;
    return builder;
  }

  /** {@return a language tag, e.g. {@code en}, if present} */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /** {@return an IANA time zone id, e.g. {@code America/New_York}, if present} */
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
    return o instanceof UserPreferencesUpdateParams other
        && Objects.equals(language, other.language)
        && Objects.equals(timezone, other.timezone)
        && Objects.equals(notifications, other.notifications)
        && Objects.equals(privacy, other.privacy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, timezone, notifications, privacy);
  }

  @Override
  public String toString() {
    return "UserPreferencesUpdateParams[language="
        + language
        + ", timezone="
        + timezone
        + ", notifications="
        + notifications
        + ", privacy="
        + privacy
        + "]";
  }

  /** Collects the fields of a {@link UserPreferencesUpdateParams}. */
  public static final class Builder {
    private String language;
    private String timezone;
    private NotificationSettings notifications;
    private PrivacySettings privacy;

    private Builder() {}

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
     * @param timezone an IANA time zone id, e.g. {@code America/New_York}
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
     * @param timezone a time zone; its id is sent
     * @return this builder
     * @throws NullPointerException if {@code timezone} is null
     */
    public Builder timezone(ZoneId timezone) {
      this.timezone = Objects.requireNonNull(timezone, "timezone must not be null").getId();
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set, or {@code timezone} is not an IANA zone
     */
    public UserPreferencesUpdateParams build() {
      return new UserPreferencesUpdateParams(this);
    }
  }
}
