package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The sandbox's payment intents and how they move a booking's {@code paymentStatus}, shared by the
 * payments endpoints and by the practitioner-side booking moves: a paid intent completes its
 * booking's payment and fires {@code payment.completed}; a declined one fails it ({@code
 * payment.failed}); cancelling a paid booking refunds its intent ({@code payment.refunded}). The
 * {@code data} of every payment webhook is the intent itself.
 */
final class PaymentIntents {
  private PaymentIntents() {}

  /** {@return the booking price's amount in minor units of its currency ({@code 75} USD: 7500)} */
  static long minorUnits(ObjectNode price) {
    BigDecimal major = price.get("amount").decimalValue();
    int exponent = Currency.getInstance(price.get("currency").asText()).getDefaultFractionDigits();
    return major.movePointRight(exponent).longValueExact();
  }

  /** Creates a {@code pending} intent for a booking and stores it. */
  static ObjectNode create(Store store, ObjectNode booking, List<String> methodTypes, Instant now) {
    ObjectNode price = (ObjectNode) booking.get("price");
    ObjectNode intent = Json.object();
    intent.put("id", store.ids.next("pi"));
    intent.put("bookingId", booking.get("id").asText());
    intent.put("userId", booking.get("userId").asText());
    intent.put("amount", minorUnits(price));
    intent.put("currency", price.get("currency").asText());
    intent.put("status", "pending");
    ArrayNode methods = intent.putArray("paymentMethodTypes");
    methodTypes.forEach(methods::add);
    intent.put("createdAt", Times.format(now));
    intent.put("updatedAt", Times.format(now));
    store.paymentIntents.put(intent.get("id").asText(), intent);
    return intent;
  }

  /** Marks the intent paid, completes its booking's payment and fires {@code payment.completed}. */
  static void complete(Store store, ObjectNode intent, ObjectNode booking, Instant now) {
    move(store, intent, booking, "completed", now);
  }

  /** Marks the intent declined, fails its booking's payment and fires {@code payment.failed}. */
  static void fail(Store store, ObjectNode intent, ObjectNode booking, Instant now) {
    move(store, intent, booking, "failed", now);
  }

  /**
   * Pays a booking as the payment provider would outside the API (a practitioner confirming it):
   * its open intent, or a new one, becomes {@code completed}.
   */
  static void settle(Store store, ObjectNode booking, Instant now) {
    ObjectNode open = null;
    for (ObjectNode intent : store.paymentIntents.values()) {
      String status = intent.get("status").asText();
      if (intent.get("bookingId").asText().equals(booking.get("id").asText())
          && (status.equals("pending") || status.equals("failed"))) {
        open = intent;
      }
    }
    ObjectNode intent = open != null ? open : create(store, booking, List.of("card"), now);
    complete(store, intent, booking, now);
  }

  /** Refunds the booking's paid intent: {@code refunded} and {@code payment.refunded}. */
  static void refund(Store store, ObjectNode booking, Instant now) {
    for (ObjectNode intent : store.paymentIntents.values()) {
      if (intent.get("bookingId").asText().equals(booking.get("id").asText())
          && intent.get("status").asText().equals("completed")) {
        move(store, intent, booking, "refunded", now);
        return;
      }
    }
  }

  private static void move(
      Store store, ObjectNode intent, ObjectNode booking, String status, Instant now) {
    intent.put("status", status);
    intent.put("updatedAt", Times.format(now));
    booking.put("paymentStatus", status);
    booking.put("updatedAt", Times.format(now));
    store.emit("payment." + status, intent, now);
  }
}
