package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * {@code /bookings}: a booking must fit in the practitioner's working hours ({@code 409
 * PRACTITIONER_UNAVAILABLE}) and must not overlap another active booking of theirs ({@code 409
 * BOOKING_CONFLICT}); completed, cancelled and no-show bookings cannot change ({@code 409
 * INVALID_BOOKING_STATUS}). The price is the practitioner's base price per hour, pro rata.
 */
public final class BookingsApi {
  private static final Set<String> FINAL = Set.of("completed", "cancelled", "no_show");
  private static final Map<String, Set<String>> PRACTITIONER_MOVES =
      Map.of(
          "confirmed", Set.of("pending"),
          "in_progress", Set.of("pending", "confirmed"),
          "completed", Set.of("confirmed", "in_progress"),
          "no_show", Set.of("pending", "confirmed"),
          "cancelled", Set.of("pending", "confirmed"));

  private final Store store;

  /**
   * @param store the sandbox's state
   */
  public BookingsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/bookings", Security.API, "write:bookings", this::create);
    router.add("GET", "/bookings/{id}", Security.API, "read:bookings", this::get);
    router.add("PUT", "/bookings/{id}", Security.API, "write:bookings", this::update);
    router.add("DELETE", "/bookings/{id}", Security.API, "write:bookings", this::cancel);
  }

  private Reply create(Call call) {
    BodyReader body =
        BodyReader.of(
            call.jsonObject(),
            Set.of(
                "practitionerId", "serviceId", "scheduledAt", "duration", "sessionType", "notes"));
    String practitionerId = body.string("practitionerId", true, 1);
    String serviceId = body.string("serviceId", false, 1);
    Instant scheduledAt = body.dateTime("scheduledAt", true, false);
    Integer duration = body.integer("duration", true, 1);
    String sessionType = body.oneOf("sessionType", true, Spec.SESSION_TYPES);
    String notes = body.string("notes", false, 0);
    if (practitionerId != null && !store.practitioners.containsKey(practitionerId)) {
      body.issue("practitionerId", "No practitioner has this id");
    }
    body.done();
    return call.created(
        book(
            call.principal().userId(),
            practitionerId,
            serviceId,
            scheduledAt,
            duration,
            sessionType,
            notes,
            call.now()));
  }

  /**
   * Books a practitioner, for REST's {@code POST /bookings} and GraphQL's {@code createBooking}
   * alike: the same conflict rules, and the same {@code booking.created} webhook.
   *
   * @return the new booking in its REST form
   * @throws ApiError {@code 409 PRACTITIONER_UNAVAILABLE} or {@code 409 BOOKING_CONFLICT}
   */
  ObjectNode book(
      String userId,
      String practitionerId,
      String serviceId,
      Instant scheduledAt,
      int duration,
      String sessionType,
      String notes,
      Instant at) {
    requireFree(practitionerId, scheduledAt, duration, null);
    ObjectNode practitioner = store.practitioners.get(practitionerId);
    String now = Times.format(at);
    ObjectNode booking = Json.object();
    booking.put("id", store.ids.next("booking"));
    booking.put("userId", userId);
    booking.put("practitionerId", practitionerId);
    if (serviceId != null) {
      booking.put("serviceId", serviceId);
    }
    booking.put("scheduledAt", Times.format(scheduledAt));
    booking.put("duration", duration);
    booking.put("status", "pending");
    booking.put("sessionType", sessionType);
    if (notes != null) {
      booking.put("notes", notes);
    }
    booking.set("price", price(practitioner, duration));
    booking.put("paymentStatus", "pending");
    booking.put("createdAt", now);
    booking.put("updatedAt", now);
    store.bookings.put(booking.get("id").asText(), booking);
    ConversationsApi.open(store, userId, practitioner.get("userId").asText(), at);
    store.emit("booking.created", booking, at);
    return booking;
  }

  private static ObjectNode price(ObjectNode practitioner, int minutes) {
    BigDecimal hourly = practitioner.at("/basePrice/amount").decimalValue();
    BigDecimal amount =
        hourly
            .multiply(BigDecimal.valueOf(minutes))
            .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
    return Json.object()
        .put("amount", amount)
        .put("currency", practitioner.at("/basePrice/currency").asText());
  }

  private void requireFree(
      String practitionerId, Instant start, int minutes, String exceptBookingId) {
    Instant end = start.plus(Duration.ofMinutes(minutes));
    if (!Calendar.works(store.workingHours.get(practitionerId), start, end)) {
      throw ApiError.conflict(
          "PRACTITIONER_UNAVAILABLE",
          "Practitioner not available",
          Json.object().put("practitionerId", practitionerId));
    }
    ObjectNode other = Calendar.overlapping(store, practitionerId, start, end, exceptBookingId);
    if (other != null) {
      throw ApiError.conflict(
          "BOOKING_CONFLICT",
          "Booking time slot unavailable",
          Json.object()
              .put("practitionerId", practitionerId)
              .put("scheduledAt", other.get("scheduledAt").asText()));
    }
  }

  private Reply get(Call call) {
    return call.ok(store.booking(call.pathParam(0)));
  }

  private Reply update(Call call) {
    ObjectNode booking = store.booking(call.pathParam(0));
    BodyReader body =
        BodyReader.of(call.jsonObject(), Set.of("scheduledAt", "duration", "sessionType", "notes"));
    body.atLeastOneField();
    Instant scheduledAt = body.dateTime("scheduledAt", false, false);
    Integer duration = body.integer("duration", false, 1);
    String sessionType = body.oneOf("sessionType", false, Spec.SESSION_TYPES);
    String notes = body.string("notes", false, 0);
    body.done();
    String status = booking.get("status").asText();
    if (FINAL.contains(status)) {
      throw invalidStatus(status, null);
    }
    String practitionerId = booking.get("practitionerId").asText();
    if (scheduledAt != null || duration != null) {
      Instant start =
          scheduledAt != null ? scheduledAt : Instant.parse(booking.get("scheduledAt").asText());
      int minutes = duration != null ? duration : booking.get("duration").asInt();
      requireFree(practitionerId, start, minutes, booking.get("id").asText());
      booking.put("scheduledAt", Times.format(start));
      booking.put("duration", minutes);
      booking.set("price", price(store.practitioners.get(practitionerId), minutes));
    }
    if (sessionType != null) {
      booking.put("sessionType", sessionType);
    }
    if (notes != null) {
      booking.put("notes", notes);
    }
    booking.put("updatedAt", Times.format(call.now()));
    store.bookingChanged(store.feed.nextEventId(), "booking.updated", booking, call.now());
    return call.ok(booking);
  }

  private Reply cancel(Call call) {
    ObjectNode booking = store.booking(call.pathParam(0));
    String status = booking.get("status").asText();
    if (!status.equals("cancelled")) {
      if (!PRACTITIONER_MOVES.get("cancelled").contains(status)) {
        throw invalidStatus(status, "cancelled");
      }
      move(booking, "cancelled", call.now());
    }
    return call.ok(booking);
  }

  private static ApiError invalidStatus(String from, String to) {
    ObjectNode details = Json.object().put("from", from);
    if (to != null) {
      details.put("to", to);
    }
    return ApiError.conflict(
        "INVALID_BOOKING_STATUS", "Invalid booking status transition", details);
  }

  /**
   * Moves a booking as its practitioner or the payment provider would, firing the matching
   * webhooks: {@code confirmed} (an unpaid booking is paid: its open payment intent, or a new one,
   * completes), {@code in_progress}, {@code completed}, {@code no_show} or {@code cancelled} (a
   * completed payment intent is refunded).
   *
   * @param bookingId the booking
   * @param status the new status
   * @throws IllegalArgumentException if there is no such booking or the move is not allowed
   */
  public void changeStatus(String bookingId, String status) {
    ObjectNode booking = store.bookings.get(bookingId);
    if (booking == null) {
      throw new IllegalArgumentException("No booking has the id " + bookingId);
    }
    String current = booking.get("status").asText();
    Set<String> from = PRACTITIONER_MOVES.get(status);
    if (from == null || !from.contains(current)) {
      throw new IllegalArgumentException(
          "A "
              + current
              + " booking cannot become "
              + status
              + " (allowed: "
              + allowed(current)
              + ")");
    }
    move(booking, status, store.clock.instant());
  }

  private static String allowed(String current) {
    return PRACTITIONER_MOVES.entrySet().stream()
        .filter(e -> e.getValue().contains(current))
        .map(Map.Entry::getKey)
        .sorted()
        .toList()
        .toString();
  }

  private void move(ObjectNode booking, String status, Instant now) {
    booking.put("status", status);
    booking.put("updatedAt", Times.format(now));
    String payment = booking.get("paymentStatus").asText();
    if (status.equals("confirmed") && (payment.equals("pending") || payment.equals("failed"))) {
      PaymentIntents.settle(store, booking, now);
    }
    if (status.equals("cancelled") && payment.equals("completed")) {
      PaymentIntents.refund(store, booking, now);
    }
    if (!status.equals("in_progress")) {
      store.emit("booking." + status, booking, now);
    }
  }
}
