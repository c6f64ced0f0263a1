package dev.gradiant.sdk.users;

/**
 * A user's language, time zone, notification and privacy settings.
 *
 * @param id the preferences' id
 * @param language a language tag, e.g. {@code en}
 * @param timezone an IANA time zone, e.g. {@code America/New_York}
 * @param notifications notification channels
 * @param privacy profile visibility
 */
public record UserPreferences(
    String id,
    String language,
    String timezone,
    NotificationSettings notifications,
    PrivacySettings privacy) {}
