package dev.gradiant.sdk.healthrecords;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * A part of the health profile that can be shared; each value is the name of the health-profile
 * field it shares. Answers may carry types the server adds later: they are kept ({@link #isKnown()}
 * is false), not rejected. A share is consent, so the SDK sends only the types it knows (the
 * contract's closed list): {@link HealthRecordShareCreateParams} refuses an unknown one before
 * anything is sent.
 */
public final class HealthRecordType extends ExtensibleEnum {

  /** {@code conditions}: the user's health conditions. */
  public static final HealthRecordType CONDITIONS = new HealthRecordType("conditions");

  /** {@code allergies}: the user's allergies. */
  public static final HealthRecordType ALLERGIES = new HealthRecordType("allergies");

  /** {@code medications}: the user's medications. */
  public static final HealthRecordType MEDICATIONS = new HealthRecordType("medications");

  /** {@code goals}: the user's health goals. */
  public static final HealthRecordType GOALS = new HealthRecordType("goals");

  /** {@code emergencyContact}: the user's emergency contact. */
  public static final HealthRecordType EMERGENCY_CONTACT = new HealthRecordType("emergencyContact");

  private static final KnownValues<HealthRecordType> KNOWN =
      KnownValues.of(
          HealthRecordType::new,
          List.of(CONDITIONS, ALLERGIES, MEDICATIONS, GOALS, EMERGENCY_CONTACT));

  private HealthRecordType(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one (which can be read but
   * not sent).
   *
   * @param value the wire value, e.g. {@code medications}
   * @return the record type
   */
  @JsonCreator
  public static HealthRecordType of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
