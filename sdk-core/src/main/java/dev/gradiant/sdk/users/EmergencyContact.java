package dev.gradiant.sdk.users;

import dev.gradiant.sdk.internal.redaction.Redacted;

/**
 * Who to call in an emergency. Personal data: {@link #toString()} leaves it out.
 *
 * @param name the contact's name
 * @param phoneNumber the contact's phone number
 * @param relationship how the contact relates to the user, e.g. {@code spouse}
 */
public record EmergencyContact(String name, String phoneNumber, String relationship) {

  @Override
  public String toString() {
    return "EmergencyContact[name="
        + Redacted.of(name)
        + ", phoneNumber="
        + Redacted.of(phoneNumber)
        + ", relationship="
        + Redacted.of(relationship)
        + "]";
  }
}
