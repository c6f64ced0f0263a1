package dev.gradiant.sdk.grants;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * A category of the patient's data a grant lets the grantee read. Scopes added by the server later
 * are kept, not rejected.
 */
public final class GrantScope extends ExtensibleEnum {

  /** The patient's profile (name, contact details). */
  public static final GrantScope PROFILE = new GrantScope("profile");

  /** The patient's health profile (conditions, allergies, medications, goals). */
  public static final GrantScope HEALTH_PROFILE = new GrantScope("health_profile");

  /** The patient's bookings. */
  public static final GrantScope BOOKINGS = new GrantScope("bookings");

  /** The patient's therapy sessions. */
  public static final GrantScope SESSIONS = new GrantScope("sessions");

  /** The patient's messages. */
  public static final GrantScope MESSAGES = new GrantScope("messages");

  /** The patient's health records. */
  public static final GrantScope HEALTH_RECORDS = new GrantScope("health_records");

  /** The samples of the patient's wearable devices. */
  public static final GrantScope WEARABLES = new GrantScope("wearables");

  private static final KnownValues<GrantScope> KNOWN =
      KnownValues.of(
          GrantScope::new,
          List.of(
              PROFILE, HEALTH_PROFILE, BOOKINGS, SESSIONS, MESSAGES, HEALTH_RECORDS, WEARABLES));

  private GrantScope(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value, e.g. {@code health_profile}
   * @return the scope
   */
  @JsonCreator
  public static GrantScope of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
