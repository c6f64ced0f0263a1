package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /practitioners}: search with every documented filter (text filters match
 * case-insensitively as substrings), profiles and availability.
 */
final class PractitionersApi {
  /** The longest availability range served, in days. */
  static final int MAX_RANGE_DAYS = 366;

  /** How far ahead {@code availableFrom} alone looks for a free slot. */
  static final Duration SEARCH_HORIZON = Duration.ofDays(14);

  private final Store store;

  PractitionersApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("GET", "/practitioners", Security.API, "read:practitioners", this::search);
    router.add("GET", "/practitioners/{id}", Security.API, "read:practitioners", this::get);
    router.add(
        "GET",
        "/practitioners/{id}/availability",
        Security.API,
        "read:practitioners",
        this::availability);
  }

  private Reply search(Call call) {
    QueryReader query = new QueryReader(call);
    String specialization = query.text("specialization");
    String location = query.text("location");
    Instant availableFrom = query.dateTime("availableFrom");
    Instant availableTo = query.dateTime("availableTo");
    BigDecimal ratingMin = query.number("ratingMin", BigDecimal.ZERO, BigDecimal.valueOf(5));
    BigDecimal priceMax = query.number("priceMax", BigDecimal.ZERO, null);
    String language = query.text("language");
    String sessionType = query.oneOf("sessionType", Spec.SESSION_TYPES);
    int limit = query.limit(20);
    int offset = query.offset();
    if (availableFrom != null && availableTo != null && availableFrom.isAfter(availableTo)) {
      query.issueAbout("availableTo", "Must not be before availableFrom");
    }
    query.done();
    List<JsonNode> matching = new ArrayList<>();
    for (ObjectNode practitioner : store.practitioners.values()) {
      String id = practitioner.get("id").asText();
      Store.WorkingHours hours = store.workingHours.get(id);
      if (matches(practitioner.get("specializations"), specialization)
          && (location == null || contains(hours.location(), location))
          && (ratingMin == null
              || practitioner.get("rating").decimalValue().compareTo(ratingMin) >= 0)
          && (priceMax == null
              || practitioner.at("/basePrice/amount").decimalValue().compareTo(priceMax) <= 0)
          && matches(practitioner.get("languages"), language)
          && (sessionType == null || hours.sessionTypes().contains(sessionType))
          && ((availableFrom == null && availableTo == null)
              || hasFreeSlot(id, availableFrom, availableTo, call.now()))) {
        matching.add(practitioner);
      }
    }
    return Reply.json(200, call.page(matching, limit, offset));
  }

  private static boolean matches(JsonNode values, String wanted) {
    if (wanted == null) {
      return true;
    }
    for (JsonNode value : values) {
      if (contains(value.asText(), wanted)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String text, String part) {
    return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
  }

  private boolean hasFreeSlot(String id, Instant from, Instant to, Instant now) {
    Instant start = from != null ? from : now;
    Instant end = to != null ? to : start.plus(SEARCH_HORIZON);
    if (Duration.between(start, end).toDays() > MAX_RANGE_DAYS) {
      end = start.plus(Duration.ofDays(MAX_RANGE_DAYS));
    }
    for (Calendar.Slot slot : Calendar.slots(store, id, Times.utcDate(start), Times.utcDate(end))) {
      if (slot.available() && !slot.start().isBefore(start) && !slot.end().isAfter(end)) {
        return true;
      }
    }
    return false;
  }

  private Reply get(Call call) {
    return call.ok(store.practitioner(call.pathParam(0)));
  }

  private Reply availability(Call call) {
    QueryReader query = new QueryReader(call);
    LocalDate from = query.date("from", true);
    LocalDate to = query.date("to", true);
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        query.issueAbout("to", "Must not be before from");
      } else if (ChronoUnit.DAYS.between(from, to) >= MAX_RANGE_DAYS) {
        query.issueAbout("to", "The sandbox serves at most " + MAX_RANGE_DAYS + " days at once");
      }
    }
    query.done();
    ObjectNode practitioner = store.practitioner(call.pathParam(0));
    String id = practitioner.get("id").asText();
    ObjectNode availability = Json.object();
    availability.put("id", practitioner.get("availabilityId").asText());
    availability.put("practitionerId", id);
    availability.put("timezone", store.workingHours.get(id).zone().getId());
    ArrayNode slots = availability.putArray("slots");
    for (Calendar.Slot slot : Calendar.slots(store, id, from, to)) {
      ObjectNode node = slots.addObject();
      node.put("startTime", Times.format(slot.start()));
      node.put("endTime", Times.format(slot.end()));
      node.put("available", slot.available());
      node.set("price", practitioner.get("basePrice").deepCopy());
    }
    return call.ok(availability);
  }
}
