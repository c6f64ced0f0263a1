package dev.gradiant.sdk.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.webhooks.BookingEventData;
import dev.gradiant.sdk.webhooks.EventData;
import dev.gradiant.sdk.webhooks.EventType;
import dev.gradiant.sdk.webhooks.PaymentEventData;
import dev.gradiant.sdk.webhooks.SessionEventData;
import dev.gradiant.sdk.webhooks.UnknownEventData;
import dev.gradiant.sdk.webhooks.UserEventData;

/**
 * Reads flattened event data into the record its event type names ({@link EventType#dataType()}).
 * Each field is read by its contract (camelCase) name, then its snake_case twin; ids fall back to
 * the resource's plain {@code id}.
 */
public final class EventDataMapper {
  private static final String PATH = "data";

  private EventDataMapper() {}

  /**
   * Maps data to its typed record.
   *
   * @param type the event type
   * @param data the flattened data object
   * @return the typed data; {@link UnknownEventData} for a type this version does not know
   */
  public static EventData map(EventType type, ObjectNode data) {
    JsonFields f = new JsonFields(data, PATH);
    Class<? extends EventData> target = type.dataType();
    if (target == SessionEventData.class) {
      return new SessionEventData(idOf(f, "sessionId"), f.instant("completedAt"));
    }
    if (target == BookingEventData.class) {
      return new BookingEventData(
          idOf(f, "bookingId"),
          f.text("status"),
          f.instant("scheduledAt"),
          durationOf(f),
          f.text("sessionType"),
          f.text("userId"),
          f.text("practitionerId"),
          f.text("serviceId"));
    }
    if (target == PaymentEventData.class) {
      return payment(data, f);
    }
    if (target == UserEventData.class) {
      return new UserEventData(
          idOf(f, "userId"),
          f.bool("verified"),
          f.text("email"),
          f.text("firstName"),
          f.text("lastName"),
          f.text("phoneNumber"));
    }
    return new UnknownEventData(PlainJson.of(data));
  }

  /** The contract's {@code amount} is a Money object; a flat amount and currency also read. */
  private static PaymentEventData payment(ObjectNode data, JsonFields f) {
    JsonNode amount = data.get("amount");
    JsonFields money =
        amount != null && amount.isObject()
            ? new JsonFields((ObjectNode) amount, PATH + ".amount")
            : f;
    String currency = money.text("currency");
    return new PaymentEventData(
        idOf(f, "paymentId"),
        f.text("bookingId"),
        f.text("userId"),
        money.decimal("amount"),
        currency != null ? currency : f.text("currency"),
        f.text("status"));
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
