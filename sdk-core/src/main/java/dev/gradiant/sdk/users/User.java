package dev.gradiant.sdk.users;

import dev.gradiant.sdk.internal.redaction.Redacted;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A user account. Names, email, phone number and date of birth are personal data: {@link
 * #toString()} leaves them out.
 *
 * @param id the user's id
 * @param email the email address
 * @param firstName the first name
 * @param lastName the last name
 * @param dateOfBirth the date of birth
 * @param phoneNumber the phone number
 * @param verified whether the email or phone has been verified
 * @param createdAt when the account was created
 * @param updatedAt when it last changed
 */
public record User(
    String id,
    String email,
    String firstName,
    String lastName,
    LocalDate dateOfBirth,
    String phoneNumber,
    Boolean verified,
    Instant createdAt,
    Instant updatedAt) {

  @Override
  public String toString() {
    return "User[id="
        + id
        + ", email="
        + Redacted.of(email)
        + ", firstName="
        + Redacted.of(firstName)
        + ", lastName="
        + Redacted.of(lastName)
        + ", dateOfBirth="
        + Redacted.of(dateOfBirth)
        + ", phoneNumber="
        + Redacted.of(phoneNumber)
        + ", verified="
        + verified
        + ", createdAt="
        + createdAt
        + ", updatedAt="
        + updatedAt
        + "]";
  }
}
