package dev.gradiant.sdk.webhooks.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.webhooks.BookingEventData;
import dev.gradiant.sdk.webhooks.EventData;
import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.PaymentEventData;
import dev.gradiant.sdk.webhooks.SessionEventData;
import dev.gradiant.sdk.webhooks.UnknownEventData;
import dev.gradiant.sdk.webhooks.UserEventData;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads flattened event data into the class its event type names ({@link EventType#dataType()}).
 * Each field is read by its contract (camelCase) name, then its snake_case twin; ids fall back to
 * the resource's plain {@code id}. A field the contract requires and the payload lacks is a {@code
 * MALFORMED_PAYLOAD} error naming it.
 */
public final class EventDataMapper {
  private static final String PATH = "data";

  private EventDataMapper() {}

  /**
   * Maps data to its typed class.
   *
   * @param type the event type
   * @param data the flattened data object
   * @return the typed data; {@link UnknownEventData} for a type this version does not know
   * @throws dev.gradiant.sdk.webhooks.WebhookVerificationException if a field has the wrong kind,
   *     or a field the contract requires is missing
   */
  public static EventData map(EventType type, ObjectNode data) {
    JsonFields f = new JsonFields(data, PATH);
    Class<? extends EventData> target = type.dataType();
    if (target == SessionEventData.class) {
      SessionEventData.Builder session = SessionEventData.builder();
      set(idOf(f, "sessionId"), session::sessionId);
      set(f.instant("completedAt"), session::completedAt);
      return build(type, session::build);
    }
    if (target == BookingEventData.class) {
      return booking(type, f);
    }
    if (target == PaymentEventData.class) {
      return payment(type, data, f);
    }
    if (target == UserEventData.class) {
      UserEventData.Builder user = UserEventData.builder();
      set(idOf(f, "userId"), user::id);
      set(f.bool("verified"), user::verified);
      set(f.text("email"), user::email);
      set(f.text("firstName"), user::firstName);
      set(f.text("lastName"), user::lastName);
      set(f.text("phoneNumber"), user::phoneNumber);
      return build(type, user::build);
    }
    return UnknownEventData.builder().rawData(PlainJson.of(data)).build();
  }

  private static BookingEventData booking(EventType type, JsonFields f) {
    BookingEventData.Builder booking = BookingEventData.builder();
    set(idOf(f, "bookingId"), booking::id);
    set(f.text("status"), booking::status);
    set(f.instant("scheduledAt"), booking::scheduledAt);
    set(durationOf(f), booking::durationMinutes);
    set(f.text("sessionType"), booking::sessionType);
    set(f.text("userId"), booking::userId);
    set(f.text("practitionerId"), booking::practitionerId);
    set(f.text("serviceId"), booking::serviceId);
    return build(type, booking::build);
  }

  /**
   * The contract's {@code amount} is in minor units beside {@code currency}; the earlier Money
   * object and a flat major-unit amount also read (see {@link PaymentAmount}). A payload without an
   * id is rejected for that first.
   */
  private static PaymentEventData payment(EventType type, ObjectNode data, JsonFields f) {
    PaymentAmount amount = PaymentAmount.read(data, PATH);
    PaymentEventData.Builder payment = PaymentEventData.builder();
    String id = idOf(f, "paymentId");
    if (id == null) {
      return build(type, payment::build);
    }
    amount.requireConvertible();
    payment.id(id);
    set(f.text("bookingId"), payment::bookingId);
    set(f.text("userId"), payment::userId);
    set(amount.amount(), payment::amount);
    set(amount.currency(), payment::currency);
    set(f.text("status"), payment::status);
    return build(type, payment::build);
  }

  private static <T> void set(T value, Consumer<T> setter) {
    if (value != null) {
      setter.accept(value);
    }
  }

  /** Builds, turning a missing required field into a rejection that names it, never a value. */
  private static <T extends EventData> T build(EventType type, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalStateException missing) {
      throw JsonPayload.malformed(
          "The "
              + type
              + " event's data lacks a field the contract requires: "
              + missing.getMessage());
    }
  }

  private static String idOf(JsonFields f, String specificName) {
    String specific = f.text(specificName);
    return specific != null ? specific : f.text("id");
  }

  private static Integer durationOf(JsonFields f) {
    Integer minutes = f.integer("durationMinutes");
    return minutes != null ? minutes : f.integer("duration");
  }
}
