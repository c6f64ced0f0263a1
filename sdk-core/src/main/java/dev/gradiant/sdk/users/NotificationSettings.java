package dev.gradiant.sdk.users;

/**
 * Which channels a user receives notifications on. In an update, unset channels keep their value.
 *
 * @param email by email
 * @param sms by text message
 * @param push by push notification
 */
public record NotificationSettings(Boolean email, Boolean sms, Boolean push) {}
