package dev.gradiant.sdk.webhooks;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The type of a webhook event, such as {@code booking.created}: a forward-compatible value that
 * keeps any type string the API sends, including ones newer than this library.
 *
 * <p>Compare with {@link #equals(Object)} against the constants; {@link #of(String)} returns the
 * constant for a known type.
 */
public final class EventType {
  /** A therapy session was completed. */
  public static final EventType SESSION_COMPLETED =
      new EventType("session.completed", SessionEventData.class);

  /** A booking was created. */
  public static final EventType BOOKING_CREATED =
      new EventType("booking.created", BookingEventData.class);

  /** A practitioner confirmed a booking. */
  public static final EventType BOOKING_CONFIRMED =
      new EventType("booking.confirmed", BookingEventData.class);

  /** A booking was cancelled. */
  public static final EventType BOOKING_CANCELLED =
      new EventType("booking.cancelled", BookingEventData.class);

  /** The session of a booking took place. */
  public static final EventType BOOKING_COMPLETED =
      new EventType("booking.completed", BookingEventData.class);

  /** A no-show was recorded for a booking. */
  public static final EventType BOOKING_NO_SHOW =
      new EventType("booking.no_show", BookingEventData.class);

  /** A payment went through. */
  public static final EventType PAYMENT_COMPLETED =
      new EventType("payment.completed", PaymentEventData.class);

  /** A payment failed. */
  public static final EventType PAYMENT_FAILED =
      new EventType("payment.failed", PaymentEventData.class);

  /** A payment was refunded. */
  public static final EventType PAYMENT_REFUNDED =
      new EventType("payment.refunded", PaymentEventData.class);

  /** A user registered. */
  public static final EventType USER_CREATED = new EventType("user.created", UserEventData.class);

  /** A user's email or phone number was verified. */
  public static final EventType USER_VERIFIED = new EventType("user.verified", UserEventData.class);

  /** A user's profile changed. */
  public static final EventType USER_UPDATED = new EventType("user.updated", UserEventData.class);

  private static final List<EventType> KNOWN =
      List.of(
          SESSION_COMPLETED,
          BOOKING_CREATED,
          BOOKING_CONFIRMED,
          BOOKING_CANCELLED,
          BOOKING_COMPLETED,
          BOOKING_NO_SHOW,
          PAYMENT_COMPLETED,
          PAYMENT_FAILED,
          PAYMENT_REFUNDED,
          USER_CREATED,
          USER_VERIFIED,
          USER_UPDATED);

  private static final Map<String, EventType> BY_VALUE =
      KNOWN.stream().collect(Collectors.toUnmodifiableMap(EventType::value, Function.identity()));

  private final String value;
  private final Class<? extends EventData> dataType;

  private EventType(String value, Class<? extends EventData> dataType) {
    this.value = value;
    this.dataType = dataType;
  }

  /**
   * The type for a type string: the constant if this library knows it, otherwise a new unknown type
   * that keeps the string.
   *
   * @param value the type string, such as {@code booking.created}
   * @return the type
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank
   */
  public static EventType of(String value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException("value must not be blank");
    }
    EventType known = BY_VALUE.get(value);
    return known != null ? known : new EventType(value, UnknownEventData.class);
  }

  /**
   * Every type this version of the library reads into typed data.
   *
   * @return the known types, in a fixed order
   */
  public static List<EventType> knownTypes() {
    return KNOWN;
  }

  /**
   * The type string as the API sends it.
   *
   * @return the type string, such as {@code booking.created}
   */
  public String value() {
    return value;
  }

  /**
   * Whether this library reads this type's data into a typed class.
   *
   * @return false for types newer than this library
   */
  public boolean isKnown() {
    return dataType != UnknownEventData.class;
  }

  /**
   * The class this type's data is read into.
   *
   * @return the data class; {@link UnknownEventData} for an unknown type
   */
  public Class<? extends EventData> dataType() {
    return dataType;
  }

  /**
   * Two types are equal when their type strings are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is the same type
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof EventType && ((EventType) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the type string. */
  @Override
  public String toString() {
    return value;
  }
}
