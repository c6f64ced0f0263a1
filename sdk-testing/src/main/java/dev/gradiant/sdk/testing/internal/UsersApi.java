package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /users}, {@code /user} and a user's preferences, health profile and bookings. Emails are
 * unique (compared case-insensitively); new users start unverified.
 */
final class UsersApi {
  private static final Set<String> USER_FIELDS =
      Set.of("email", "firstName", "lastName", "dateOfBirth", "phoneNumber");
  private static final Set<String> PREFERENCE_FIELDS =
      Set.of("language", "timezone", "notifications", "privacy");
  private static final Set<String> PROFILE_LISTS =
      Set.of("conditions", "allergies", "medications", "goals");
  private static final Set<String> CONTACT_FIELDS = Set.of("name", "phoneNumber", "relationship");

  private final Store store;

  UsersApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/users", Security.API, "admin:users", this::create);
    router.add("GET", "/users", Security.API, "admin:users", this::list);
    router.add("GET", "/users/{id}", Security.API, "read:profile", this::get);
    router.add("PUT", "/users/{id}", Security.API, "write:profile", this::update);
    router.add("GET", "/user", Security.API, "read:profile", this::me);
    router.add("GET", "/users/{id}/preferences", Security.API, "read:profile", this::preferences);
    router.add(
        "PUT", "/users/{id}/preferences", Security.API, "write:profile", this::updatePreferences);
    router.add(
        "GET", "/users/{id}/health-profile", Security.API, "read:health_records", this::profile);
    router.add(
        "PUT",
        "/users/{id}/health-profile",
        Security.API,
        "write:health_records",
        this::updateProfile);
    router.add("GET", "/users/{id}/bookings", Security.API, "read:bookings", this::bookings);
  }

  private Reply create(Call call) {
    BodyReader body = BodyReader.of(call.jsonObject(), USER_FIELDS);
    String email = body.email("email", true);
    String firstName = body.string("firstName", false, 1);
    String lastName = body.string("lastName", false, 1);
    LocalDate birth = body.date("dateOfBirth", false);
    String phone = body.string("phoneNumber", false, 1);
    body.done();
    requireUniqueEmail(email, null);
    String now = Times.format(call.now());
    ObjectNode user = Json.object();
    user.put("id", store.ids.next("user"));
    user.put("email", email);
    putIfPresent(user, "firstName", firstName);
    putIfPresent(user, "lastName", lastName);
    putIfPresent(user, "dateOfBirth", birth == null ? null : birth.toString());
    putIfPresent(user, "phoneNumber", phone);
    user.put("verified", false);
    user.put("createdAt", now);
    user.put("updatedAt", now);
    store.users.put(user.get("id").asText(), user);
    store.emit("user.created", user, call.now());
    return call.created(user);
  }

  private Reply list(Call call) {
    QueryReader query = new QueryReader(call);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    return Reply.json(200, call.page(List.copyOf(store.users.values()), limit, offset));
  }

  private Reply get(Call call) {
    return call.ok(store.user(call.pathParam(0)));
  }

  private Reply me(Call call) {
    return call.ok(store.user(call.principal().userId()));
  }

  private Reply update(Call call) {
    ObjectNode user = store.user(call.pathParam(0));
    BodyReader body = BodyReader.of(call.jsonObject(), USER_FIELDS);
    body.atLeastOneField();
    String email = body.email("email", false);
    String firstName = body.string("firstName", false, 1);
    String lastName = body.string("lastName", false, 1);
    LocalDate birth = body.date("dateOfBirth", false);
    String phone = body.string("phoneNumber", false, 1);
    body.done();
    if (email != null) {
      requireUniqueEmail(email, user.get("id").asText());
      user.put("email", email);
    }
    putIfPresent(user, "firstName", firstName);
    putIfPresent(user, "lastName", lastName);
    putIfPresent(user, "dateOfBirth", birth == null ? null : birth.toString());
    putIfPresent(user, "phoneNumber", phone);
    user.put("updatedAt", Times.format(call.now()));
    store.emit("user.updated", user, call.now());
    return call.ok(user);
  }

  private void requireUniqueEmail(String email, String exceptUserId) {
    ObjectNode existing = store.userByEmail(email);
    if (existing != null && !existing.get("id").asText().equals(exceptUserId)) {
      throw ApiError.conflict(
          "RESOURCE_CONFLICT",
          "Resource already exists or conflicts",
          ApiError.issue("email", "Already registered"));
    }
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private ObjectNode preferencesOf(String userId) {
    store.user(userId);
    return store.preferences.computeIfAbsent(
        userId,
        id -> {
          ObjectNode preferences = Json.object();
          preferences.put("id", "pref_" + id.replaceFirst("^user_", ""));
          preferences.put("language", "en");
          preferences.put("timezone", "UTC");
          preferences
              .putObject("notifications")
              .put("email", true)
              .put("sms", false)
              .put("push", true);
          preferences
              .putObject("privacy")
              .put("profileVisibility", "private")
              .put("showOnlineStatus", false);
          return preferences;
        });
  }

  private Reply preferences(Call call) {
    return call.ok(preferencesOf(call.pathParam(0)));
  }

  private Reply updatePreferences(Call call) {
    ObjectNode preferences = preferencesOf(call.pathParam(0));
    BodyReader body = BodyReader.of(call.jsonObject(), PREFERENCE_FIELDS);
    body.atLeastOneField();
    String language = body.string("language", false, 1);
    String timezone = body.string("timezone", false, 1);
    ObjectNode notifications = body.object("notifications", false);
    ObjectNode privacy = body.object("privacy", false);
    ObjectNode notificationChanges = Json.object();
    if (notifications != null) {
      BodyReader nested = body.nested("notifications", notifications, null);
      for (String channel : List.of("email", "sms", "push")) {
        Boolean value = nested.bool(channel);
        if (value != null) {
          notificationChanges.put(channel, value);
        }
      }
    }
    ObjectNode privacyChanges = Json.object();
    if (privacy != null) {
      BodyReader nested = body.nested("privacy", privacy, null);
      String visibility = nested.string("profileVisibility", false, 0);
      Boolean online = nested.bool("showOnlineStatus");
      if (visibility != null) {
        privacyChanges.put("profileVisibility", visibility);
      }
      if (online != null) {
        privacyChanges.put("showOnlineStatus", online);
      }
    }
    body.done();
    if (language != null) {
      preferences.put("language", language);
    }
    if (timezone != null) {
      preferences.put("timezone", timezone);
    }
    ((ObjectNode) preferences.get("notifications")).setAll(notificationChanges);
    ((ObjectNode) preferences.get("privacy")).setAll(privacyChanges);
    return call.ok(preferences);
  }

  private Reply profile(Call call) {
    store.user(call.pathParam(0));
    return call.ok(store.healthProfiles.getOrDefault(call.pathParam(0), Json.object()));
  }

  private Reply updateProfile(Call call) {
    String userId = call.pathParam(0);
    store.user(userId);
    Set<String> fields = new java.util.HashSet<>(PROFILE_LISTS);
    fields.add("emergencyContact");
    BodyReader body = BodyReader.of(call.jsonObject(), fields);
    body.atLeastOneField();
    ObjectNode changes = Json.object();
    for (String list : PROFILE_LISTS.stream().sorted().toList()) {
      List<String> items = body.strings(list, false, 0, false, null);
      if (items != null) {
        changes.set(list, Json.valueOf(items));
      }
    }
    ObjectNode contact = body.object("emergencyContact", false);
    if (contact != null) {
      BodyReader nested = body.nested("emergencyContact", contact, null);
      ObjectNode copy = Json.object();
      for (String field : CONTACT_FIELDS.stream().sorted().toList()) {
        String value = nested.string(field, false, 0);
        if (value != null) {
          copy.put(field, value);
        }
      }
      changes.set("emergencyContact", copy);
    }
    body.done();
    ObjectNode profile = store.healthProfiles.computeIfAbsent(userId, id -> Json.object());
    profile.setAll(changes);
    return call.ok(profile);
  }

  private Reply bookings(Call call) {
    String userId = call.pathParam(0);
    QueryReader query = new QueryReader(call);
    String status = query.oneOf("status", Spec.BOOKING_STATUSES);
    LocalDate from = query.date("from", false);
    LocalDate to = query.date("to", false);
    int limit = query.limit(20);
    int offset = query.offset();
    query.done();
    store.user(userId);
    List<JsonNode> matching = new ArrayList<>();
    for (ObjectNode booking : store.bookings.values()) {
      if (!booking.path("userId").asText().equals(userId)
          || (status != null && !booking.path("status").asText().equals(status))) {
        continue;
      }
      LocalDate day = Times.utcDate(Instant.parse(booking.get("scheduledAt").asText()));
      if ((from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to))) {
        matching.add(booking);
      }
    }
    return Reply.json(200, call.page(matching, limit, offset));
  }
}
