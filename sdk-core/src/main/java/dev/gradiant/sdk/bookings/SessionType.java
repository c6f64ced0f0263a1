package dev.gradiant.sdk.bookings;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/** How a booked session takes place. Values added by the server later are kept, not rejected. */
public final class SessionType extends ExtensibleEnum {

  /** {@code video_call}. */
  public static final SessionType VIDEO_CALL = new SessionType("video_call");

  /** {@code phone_call}. */
  public static final SessionType PHONE_CALL = new SessionType("phone_call");

  /** {@code in_person}. */
  public static final SessionType IN_PERSON = new SessionType("in_person");

  /** {@code chat}. */
  public static final SessionType CHAT = new SessionType("chat");

  private static final KnownValues<SessionType> KNOWN =
      KnownValues.of(SessionType::new, List.of(VIDEO_CALL, PHONE_CALL, IN_PERSON, CHAT));

  private SessionType(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the status
   */
  @JsonCreator
  public static SessionType of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
