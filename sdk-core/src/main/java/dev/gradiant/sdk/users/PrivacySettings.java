package dev.gradiant.sdk.users;

/**
 * Who can see a user's profile. In an update, unset fields keep their value.
 *
 * @param profileVisibility e.g. {@code public}
 * @param showOnlineStatus whether others see when the user is online
 */
public record PrivacySettings(String profileVisibility, Boolean showOnlineStatus) {}
