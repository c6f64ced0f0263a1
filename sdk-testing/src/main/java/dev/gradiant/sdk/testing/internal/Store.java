package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything the sandbox holds, as the JSON the contract answers with, plus the hidden state behind
 * it (session tokens and phases, practitioners' working hours, webhook secrets, credentials). Every
 * handler runs while holding this object's monitor, so the maps need no further locking.
 */
public final class Store {
  final Clock clock;
  final Ids ids;
  final Tokens tokens;
  final Deliveries deliveries;
  final FeedHub feed;

  final Map<String, ObjectNode> users = new LinkedHashMap<>();
  final Map<String, ObjectNode> preferences = new HashMap<>();
  final Map<String, ObjectNode> healthProfiles = new HashMap<>();
  final Map<String, ObjectNode> sessions = new LinkedHashMap<>();
  final Map<String, SessionState> sessionStates = new HashMap<>();
  final Map<String, List<ObjectNode>> sessionEvents = new HashMap<>();
  final Map<String, ObjectNode> bookings = new LinkedHashMap<>();
  final Map<String, ObjectNode> practitioners = new LinkedHashMap<>();
  final Map<String, WorkingHours> workingHours = new HashMap<>();
  final Map<String, ObjectNode> webhookEndpoints = new LinkedHashMap<>();
  final Map<String, String> webhookSecrets = new HashMap<>();
  final Map<String, ObjectNode> healthRecordShares = new LinkedHashMap<>();
  final Map<String, ObjectNode> apiKeys = new LinkedHashMap<>();
  final Map<String, ObjectNode> paymentIntents = new LinkedHashMap<>();
  final Map<String, Reply> idempotentReplies = new Bounded<>(IDEMPOTENCY_KEYS_KEPT);
  final Map<String, ObjectNode> grants = new LinkedHashMap<>();
  final List<ObjectNode> wearableSamples = new ArrayList<>();
  // --- conversations (issue 16) ---
  final Map<String, ObjectNode> conversations = new LinkedHashMap<>();
  final Map<String, List<ObjectNode>> messages = new HashMap<>();
  final Map<String, Deque<Instant>> uploads = new HashMap<>();
  // --- the live feed: messages sent over it, by user and idempotency key ---
  final Map<String, ObjectNode> feedMessages = new Bounded<>(IDEMPOTENCY_KEYS_KEPT);

  /** How many idempotency keys are remembered; the oldest are forgotten first. */
  static final int IDEMPOTENCY_KEYS_KEPT = 10_000;

  /** An insertion-ordered map that forgets its eldest entries beyond a size. */
  static final class Bounded<K, V> extends LinkedHashMap<K, V> {
    private static final long serialVersionUID = 1L;
    private final int capacity;

    Bounded(int capacity) {
      this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
      return size() > capacity;
    }
  }

  /** The hidden state of a session: its participant token and current phase. */
  static final class SessionState {
    final String token;
    int phase;

    SessionState(String token) {
      this.token = token;
    }
  }

  /**
   * When a practitioner works, and what the directory knows but does not show.
   *
   * @param zone the practitioner's time zone
   * @param startHour the first working hour, local time
   * @param endHour the hour work ends, local time
   * @param location the city, matched by the {@code location} filter
   * @param sessionTypes the session types offered, matched by the {@code sessionType} filter
   */
  record WorkingHours(
      ZoneId zone, int startHour, int endHour, String location, Set<String> sessionTypes) {}

  /**
   * @param clock the sandbox's clock
   * @param ids the random source
   * @param tokens the credentials
   * @param deliveries where webhook events go
   * @param feed where live-feed events go
   */
  public Store(Clock clock, Ids ids, Tokens tokens, Deliveries deliveries, FeedHub feed) {
    this.clock = clock;
    this.ids = ids;
    this.tokens = tokens;
    this.deliveries = deliveries;
    this.feed = feed;
  }

  /** {@return the users a booking concerns: who booked it, and the practitioner's user account} */
  Set<String> bookingUsers(ObjectNode booking) {
    Set<String> users = new LinkedHashSet<>();
    users.add(booking.path("userId").asText());
    ObjectNode practitioner = practitioners.get(booking.path("practitionerId").asText());
    if (practitioner != null && practitioner.hasNonNull("userId")) {
      users.add(practitioner.get("userId").asText());
    }
    return users;
  }

  /**
   * Publishes a booking's change as a {@code booking_update} on the {@code bookings:} channel of
   * every user it concerns.
   *
   * @param eventId the event's id (the webhook's, when the change fires one)
   * @param event e.g. {@code booking.created}, {@code booking.updated}
   */
  void bookingChanged(String eventId, String event, ObjectNode booking, Instant at) {
    for (String user : bookingUsers(booking)) {
      feed.publish(
          "bookings:" + user,
          "booking_update",
          eventId,
          at,
          frame -> frame.put("event", event).set("data", booking.deepCopy()));
    }
  }

  /** {@return the user, or a 404} */
  ObjectNode user(String id) {
    ObjectNode user = users.get(id);
    if (user == null) {
      throw ApiError.notFound("User");
    }
    return user;
  }

  /** {@return the user registered with {@code email}, or null} */
  ObjectNode userByEmail(String email) {
    for (ObjectNode user : users.values()) {
      if (user.path("email").asText().equalsIgnoreCase(email)) {
        return user;
      }
    }
    return null;
  }

  /** {@return the session, or a 404} */
  ObjectNode session(String id) {
    ObjectNode session = sessions.get(id);
    if (session == null) {
      throw ApiError.notFound("Session");
    }
    return session;
  }

  /** {@return the booking, or a 404} */
  ObjectNode booking(String id) {
    ObjectNode booking = bookings.get(id);
    if (booking == null) {
      throw ApiError.notFound("Booking");
    }
    return booking;
  }

  /** {@return the practitioner, or a 404} */
  ObjectNode practitioner(String id) {
    ObjectNode practitioner = practitioners.get(id);
    if (practitioner == null) {
      throw ApiError.notFound("Practitioner");
    }
    return practitioner;
  }

  /** Appends an entry to a session's event log. */
  ObjectNode logEvent(String sessionId, String type, String phase, JsonNode data, Instant at) {
    ObjectNode event = Json.object();
    event.put("id", ids.next("event"));
    event.put("sessionId", sessionId);
    event.put("timestampMs", at.toEpochMilli());
    event.put("phase", phase);
    event.put("type", type);
    event.set("data", data == null ? Json.object() : data.deepCopy());
    event.put("createdAt", Times.format(at));
    sessionEvents.computeIfAbsent(sessionId, k -> new ArrayList<>()).add(event);
    return event;
  }

  /**
   * Sends a webhook event to every endpoint subscribed to its type, in the envelope shape ({@code
   * {"id", "type", "createdAt", "data"}}), or in the compact shape for {@code session.completed} as
   * Gradiant's own documents send it.
   */
  void emit(String type, JsonNode data, Instant at) {
    String eventId = ids.next("evt");
    ObjectNode body = Json.object();
    if (type.equals("session.completed")) {
      body.put("event", type);
      body.set("data", data.deepCopy());
    } else {
      body.put("id", eventId);
      body.put("type", type);
      body.put("createdAt", Times.format(at));
      body.set("data", data.deepCopy());
    }
    if (type.startsWith("booking.")) {
      bookingChanged(eventId, type, (ObjectNode) data, at);
    }
    byte[] bytes = Json.bytes(body);
    for (ObjectNode endpoint : webhookEndpoints.values()) {
      boolean subscribed = false;
      for (JsonNode event : endpoint.path("events")) {
        subscribed |= event.asText().equals(type);
      }
      if (subscribed) {
        String id = endpoint.get("id").asText();
        deliveries.submit(
            eventId, type, id, endpoint.get("url").asText(), webhookSecrets.get(id), bytes);
      }
    }
  }
}
