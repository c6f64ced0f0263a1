package dev.gradiant.sdk.users;

import dev.gradiant.sdk.internal.validation.Fields;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The body of {@code PUT /users/{id}/preferences}: the settings to change. Unset fields keep their
 * value; at least one must be set.
 *
 * @param language a language tag, e.g. {@code en}
 * @param timezone an IANA time zone id, e.g. {@code America/New_York}
 * @param notifications notification channels
 * @param privacy profile visibility
 */
public record UserPreferencesUpdateParams(
    String language, String timezone, NotificationSettings notifications, PrivacySettings privacy) {

  /**
   * Checks the fields.
   *
   * @param language a language tag, e.g. {@code en}
   * @param timezone an IANA time zone id, e.g. {@code America/New_York}
   * @param notifications notification channels
   * @param privacy profile visibility
   * @throws IllegalArgumentException if nothing is set, or {@code timezone} is not an IANA zone
   */
  public UserPreferencesUpdateParams {
    Fields.requireAny("UserPreferencesUpdateParams", language, timezone, notifications, privacy);
    Fields.notBlank("language", language);
    if (timezone != null) {
      try {
        ZoneId.of(timezone);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "timezone must be an IANA time zone such as America/New_York, got " + timezone, e);
      }
    }
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
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
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * @param timezone an IANA time zone id
     * @return this builder
     */
    public Builder timezone(String timezone) {
      this.timezone = timezone;
      return this;
    }

    /**
     * @param timezone a time zone; its id is sent
     * @return this builder
     */
    public Builder timezone(ZoneId timezone) {
      this.timezone = timezone == null ? null : timezone.getId();
      return this;
    }

    /**
     * @param notifications notification channels
     * @return this builder
     */
    public Builder notifications(NotificationSettings notifications) {
      this.notifications = notifications;
      return this;
    }

    /**
     * @param privacy profile visibility
     * @return this builder
     */
    public Builder privacy(PrivacySettings privacy) {
      this.privacy = privacy;
      return this;
    }

    /**
     * @return the params
     * @throws IllegalArgumentException if nothing is set or a field is invalid
     */
    public UserPreferencesUpdateParams build() {
      return new UserPreferencesUpdateParams(language, timezone, notifications, privacy);
    }
  }
}
