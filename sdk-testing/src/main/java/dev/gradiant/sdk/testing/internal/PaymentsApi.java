package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /payments/intents} and {@code /users/{id}/payments}. An intent pays one booking: its
 * {@code amount} (minor units) and {@code currency} must be the booking's price ({@code 422}); a
 * cancelled or no-show booking cannot be paid ({@code 409 INVALID_BOOKING_STATUS}), nor a paid one
 * ({@code 409 RESOURCE_CONFLICT}). Confirming charges it: the payment methods {@code
 * pm_card_declined} and {@code pm_card_insufficient_funds} are declined ({@code 402
 * PAYMENT_REQUIRED}, the intent {@code failed}); anything else is paid. A paid or refunded intent,
 * or one whose booking another intent paid, cannot be confirmed ({@code 409 RESOURCE_CONFLICT}).
 */
final class PaymentsApi {
  /** The largest amount the contract allows: 2^53 - 1 minor units. */
  static final long MAX_MINOR_UNITS = (1L << 53) - 1;

  /** Test payment methods the sandbox declines, and the decline code it answers with. */
  static final Map<String, String> DECLINED =
      Map.of(
          "pm_card_declined", "card_declined",
          "pm_card_insufficient_funds", "insufficient_funds");

  private static final Set<String> UNPAYABLE = Set.of("cancelled", "no_show");

  private final Store store;

  PaymentsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/payments/intents", Security.API, "write:bookings", this::create);
    router.add("GET", "/payments/intents/{id}", Security.API, "read:bookings", this::get);
    router.add(
        "POST", "/payments/intents/{id}/confirm", Security.API, "write:bookings", this::confirm);
    router.add("GET", "/users/{id}/payments", Security.API, "read:bookings", this::list);
  }

  private Reply create(Call call) {
    BodyReader body =
        BodyReader.of(
            call.jsonObject(), Set.of("bookingId", "amount", "currency", "paymentMethodTypes"));
    String bookingId = body.string("bookingId", true, 1);
    Long amount = minorUnits(body, call.jsonObject().get("amount"));
    String currency = body.string("currency", true, 0);
    if (currency != null && !currency.matches("[A-Z]{3}")) {
      body.issue("currency", "Must be an ISO 4217 code (3 capital letters)");
      currency = null;
    }
    List<String> methods = body.strings("paymentMethodTypes", false, 1, true, null);
    ObjectNode booking = bookingId == null ? null : store.bookings.get(bookingId);
    if (bookingId != null && booking == null) {
      body.issue("bookingId", "No booking has this id");
    }
    body.done();
    String status = booking.get("status").asText();
    if (UNPAYABLE.contains(status)) {
      throw cannotPay(booking);
    }
    if (booking.get("paymentStatus").asText().equals("completed")) {
      throw alreadyPaid(booking);
    }
    ObjectNode price = (ObjectNode) booking.get("price");
    long priceMinor = PaymentIntents.minorUnits(price);
    String priceCurrency = price.get("currency").asText();
    if (amount != priceMinor || !priceCurrency.equals(currency)) {
      throw ApiError.unprocessable(
          amount != priceMinor ? "amount" : "currency",
          "Must be the booking's price, " + priceMinor + " " + priceCurrency + " in minor units");
    }
    ObjectNode intent =
        PaymentIntents.create(
            store, booking, methods == null ? List.of("card") : methods, call.now());
    return call.created(intent);
  }

  private static Long minorUnits(BodyReader body, JsonNode value) {
    if (value == null) {
      body.issue("amount", "Required");
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      body.issue("amount", "Must be an integer (minor units: 7500 is 75.00 USD)");
      return null;
    }
    long amount = value.longValue();
    if (amount < 1 || amount > MAX_MINOR_UNITS) {
      body.issue("amount", "Must be between 1 and " + MAX_MINOR_UNITS);
      return null;
    }
    return amount;
  }

  private Reply get(Call call) {
    return call.ok(intent(call.pathParam(0)));
  }

  private Reply confirm(Call call) {
    ObjectNode intent = intent(call.pathParam(0));
    String paymentMethod = null;
    if (call.body().length > 0) {
      BodyReader body = BodyReader.of(call.jsonObject(), Set.of("paymentMethod"));
      paymentMethod = body.string("paymentMethod", false, 1);
      if (paymentMethod != null && paymentMethod.length() > 255) {
        body.issue("paymentMethod", "Must be at most 255 characters");
      }
      body.done();
    }
    ObjectNode booking = store.booking(intent.get("bookingId").asText());
    String status = intent.get("status").asText();
    if (status.equals("completed") || status.equals("refunded")) {
      throw ApiError.conflict(
          "RESOURCE_CONFLICT",
          "The payment intent is already confirmed",
          Json.object().put("paymentIntentId", intent.get("id").asText()).put("status", status));
    }
    if (UNPAYABLE.contains(booking.get("status").asText())) {
      throw cannotPay(booking);
    }
    if (booking.get("paymentStatus").asText().equals("completed")) {
      throw alreadyPaid(booking);
    }
    String declineCode = paymentMethod == null ? null : DECLINED.get(paymentMethod);
    if (declineCode != null) {
      PaymentIntents.fail(store, intent, booking, call.now());
      store.bookingChanged(store.feed.nextEventId(), "booking.updated", booking, call.now());
      throw ApiError.paymentRequired(
          declineCode.equals("card_declined")
              ? "The card was declined"
              : "The card has insufficient funds",
          Json.object()
              .put("paymentIntentId", intent.get("id").asText())
              .put("declineCode", declineCode));
    }
    PaymentIntents.complete(store, intent, booking, call.now());
    store.bookingChanged(store.feed.nextEventId(), "booking.updated", booking, call.now());
    return call.ok(intent);
  }

  private Reply list(Call call) {
    String userId = call.pathParam(0);
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    store.user(userId);
    List<ObjectNode> history = new ArrayList<>();
    for (ObjectNode intent : store.paymentIntents.values()) {
      if (intent.get("userId").asText().equals(userId)) {
        history.add(intent);
      }
    }
    return Reply.json(200, call.page(history, limit, offset));
  }

  private ObjectNode intent(String id) {
    ObjectNode intent = store.paymentIntents.get(id);
    if (intent == null) {
      throw ApiError.notFound("Payment intent");
    }
    return intent;
  }

  private static ApiError cannotPay(ObjectNode booking) {
    String status = booking.get("status").asText();
    return ApiError.conflict(
        "INVALID_BOOKING_STATUS",
        "A " + status.replace('_', '-') + " booking cannot be paid",
        Json.object().put("bookingId", booking.get("id").asText()).put("status", status));
  }

  private static ApiError alreadyPaid(ObjectNode booking) {
    return ApiError.conflict(
        "RESOURCE_CONFLICT",
        "The booking is already paid",
        Json.object()
            .put("bookingId", booking.get("id").asText())
            .put("paymentStatus", "completed"));
  }
}
