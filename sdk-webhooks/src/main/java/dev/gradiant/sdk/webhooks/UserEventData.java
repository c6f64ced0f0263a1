package dev.gradiant.sdk.webhooks;

/**
 * The data of a {@code user.*} event. Fields the payload omits are null. The personal fields are
 * left out of {@link #toString()}, so the record can be logged.
 *
 * @param id the user's id ({@code userId} or {@code id})
 * @param verified whether the user's email or phone number is verified
 * @param email the user's email address; personal data
 * @param firstName the user's first name; personal data
 * @param lastName the user's last name; personal data
 * @param phoneNumber the user's phone number; personal data
 */
public record UserEventData(
    String id,
    Boolean verified,
    String email,
    String firstName,
    String lastName,
    String phoneNumber)
    implements EventData {

  /** Prints the id and verification flag; the personal fields are redacted. */
  @Override
  public String toString() {
    return "UserEventData[id=" + id + ", verified=" + verified + ", personal fields redacted]";
  }
}
