package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The data of the GraphQL schema, read from the same {@link Store} as REST (the HTTP handler holds
 * its lock): REST objects become GraphQL's shapes (enum values upper-cased, {@code sessionType} as
 * {@code type}, names under {@code Practitioner.user}); lists page by opaque cursors; {@code
 * createBooking} books through {@link BookingsApi#book}, with the same conflict rules and webhook
 * as {@code POST /bookings}, and answers conflicts in its payload's {@code errors}.
 */
final class GraphqlWiring {
  /** The context key of the {@link Call} being answered. */
  static final String CALL = "call";

  /** The context key of the {@link Store}. */
  static final String STORE = "store";

  /** The context key of the {@link BookingsApi}. */
  static final String BOOKINGS = "bookings";

  /** The context key of the {@link GraphqlStream} a subscription runs in. */
  static final String STREAM = "stream";

  private GraphqlWiring() {}

  static RuntimeWiring wiring() {
    return RuntimeWiring.newRuntimeWiring()
        .scalar(GraphqlScalars.DATE_TIME)
        .scalar(GraphqlScalars.DATE)
        .scalar(GraphqlScalars.DECIMAL)
        .type(
            "Query",
            type ->
                type.dataFetcher("user", GraphqlWiring::user)
                    .dataFetcher("practitioner", GraphqlWiring::practitioner)
                    .dataFetcher("practitioners", GraphqlWiring::practitioners)
                    .dataFetcher("booking", GraphqlWiring::booking))
        .type("Mutation", type -> type.dataFetcher("createBooking", GraphqlWiring::createBooking))
        .type(
            "Subscription",
            type ->
                type.dataFetcher("bookingUpdates", GraphqlWiring::bookingUpdates)
                    .dataFetcher("messageAdded", GraphqlWiring::messageAdded))
        .type(
            "Message",
            type ->
                type.dataFetcher(
                    "sender",
                    env -> {
                      Object sender = source(env).get("senderId");
                      return sender == null ? null : userById(env, sender);
                    }))
        .type("User", type -> type.dataFetcher("bookings", GraphqlWiring::userBookings))
        .type(
            "Booking",
            type ->
                type.dataFetcher("user", env -> userById(env, source(env).get("userId")))
                    .dataFetcher(
                        "practitioner",
                        env ->
                            practitionerMap(
                                store(env).practitioners.get(source(env).get("practitionerId")))))
        .build();
  }

  private static Store store(DataFetchingEnvironment env) {
    return env.getGraphQlContext().get(STORE);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> source(DataFetchingEnvironment env) {
    return (Map<String, Object>) env.getSource();
  }

  private static Object user(DataFetchingEnvironment env) {
    return userById(env, env.getArgument("id"));
  }

  private static Object userById(DataFetchingEnvironment env, Object id) {
    Store store = store(env);
    ObjectNode user = store.users.get(String.valueOf(id));
    if (user == null) {
      return notFound(env, "User");
    }
    Map<String, Object> map = java(user);
    JsonNode preferences = store.preferences.get(user.get("id").asText());
    map.put("preferences", preferences == null ? defaultPreferences() : Json.toJava(preferences));
    JsonNode health = store.healthProfiles.get(user.get("id").asText());
    map.put("healthProfile", health == null ? null : Json.toJava(health));
    return map;
  }

  private static Map<String, Object> defaultPreferences() {
    return Map.of(
        "language",
        "en",
        "timezone",
        "UTC",
        "notifications",
        Map.of("email", true, "sms", false, "push", true),
        "privacy",
        Map.of("profileVisibility", "public", "showOnlineStatus", true));
  }

  private static Object practitioner(DataFetchingEnvironment env) {
    ObjectNode practitioner = store(env).practitioners.get(env.<String>getArgument("id"));
    return practitioner == null ? notFound(env, "Practitioner") : practitionerMap(practitioner);
  }

  private static Object booking(DataFetchingEnvironment env) {
    ObjectNode booking = store(env).bookings.get(env.<String>getArgument("id"));
    return booking == null ? notFound(env, "Booking") : bookingMap(booking);
  }

  private static Object practitioners(DataFetchingEnvironment env) {
    Map<String, Object> filter = env.getArgument("filter");
    List<Map<String, Object>> matching = new ArrayList<>();
    for (ObjectNode practitioner : store(env).practitioners.values()) {
      if (matches(practitioner, filter == null ? Map.of() : filter)) {
        matching.add(practitionerMap(practitioner));
      }
    }
    return connection(env, matching);
  }

  private static boolean matches(ObjectNode practitioner, Map<String, Object> filter) {
    if (filter.get("specialization") instanceof String wanted
        && !anyContains(practitioner.get("specializations"), wanted)) {
      return false;
    }
    if (filter.get("language") instanceof String language
        && !anyContains(practitioner.get("languages"), language)) {
      return false;
    }
    if (filter.get("ratingMin") instanceof Number min
        && practitioner.get("rating").decimalValue().compareTo(new BigDecimal(min.toString()))
            < 0) {
      return false;
    }
    return !(filter.get("priceMax") instanceof BigDecimal max
        && practitioner.at("/basePrice/amount").decimalValue().compareTo(max) > 0);
  }

  /** Whether an entry of {@code list} contains {@code wanted}, ignoring case (Jackson 2.15+). */
  private static boolean anyContains(JsonNode list, String wanted) {
    for (JsonNode entry : list) {
      if (entry.asText().toLowerCase(Locale.ROOT).contains(wanted.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static Object userBookings(DataFetchingEnvironment env) {
    Object userId = source(env).get("id");
    List<Map<String, Object>> bookings = new ArrayList<>();
    for (ObjectNode booking : store(env).bookings.values()) {
      if (booking.path("userId").asText().equals(userId)) {
        bookings.add(bookingMap(booking));
      }
    }
    return connection(env, bookings);
  }

  /**
   * A Relay connection over {@code items} (each with an {@code id}): {@code first} items after the
   * one whose cursor {@code after} is; cursors are opaque.
   */
  private static Object connection(DataFetchingEnvironment env, List<Map<String, Object>> items) {
    Integer first = env.getArgument("first");
    String after = env.getArgument("after");
    int size = first == null ? 20 : first;
    if (size < 1 || size > 100) {
      return badInput(env, "first must be 1 to 100");
    }
    int start = 0;
    if (after != null) {
      start = -1;
      for (int i = 0; i < items.size(); i++) {
        if (cursor(items.get(i)).equals(after)) {
          start = i + 1;
        }
      }
      if (start < 0) {
        return badInput(env, "after is not a cursor of this list");
      }
    }
    List<Map<String, Object>> edges = new ArrayList<>();
    for (int i = start; i < Math.min(items.size(), start + size); i++) {
      edges.add(Map.of("cursor", cursor(items.get(i)), "node", items.get(i)));
    }
    Map<String, Object> pageInfo = new LinkedHashMap<>();
    pageInfo.put("hasNextPage", start + size < items.size());
    pageInfo.put("hasPreviousPage", false);
    pageInfo.put("startCursor", edges.isEmpty() ? null : edges.get(0).get("cursor"));
    pageInfo.put("endCursor", edges.isEmpty() ? null : edges.get(edges.size() - 1).get("cursor"));
    return Map.of("edges", edges, "pageInfo", pageInfo);
  }

  private static String cursor(Map<String, Object> item) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(("v1:" + item.get("id")).getBytes(StandardCharsets.UTF_8));
  }

  private static Object createBooking(DataFetchingEnvironment env) {
    Map<String, Object> input = env.getArgument("input");
    Store store = store(env);
    String practitionerId = (String) input.get("practitionerId");
    int duration = (Integer) input.get("duration");
    List<Map<String, Object>> errors = new ArrayList<>();
    if (!store.practitioners.containsKey(practitionerId)) {
      errors.add(fieldError("practitionerId", "No practitioner has this id", "VALIDATION_ERROR"));
    }
    if (duration < 1) {
      errors.add(fieldError("duration", "Must be at least 1 minute", "VALIDATION_ERROR"));
    }
    if (!errors.isEmpty()) {
      return payload(null, errors);
    }
    Call call = env.getGraphQlContext().get(CALL);
    BookingsApi bookings = env.getGraphQlContext().get(BOOKINGS);
    try {
      ObjectNode booking =
          bookings.book(
              call.principal().userId(),
              practitionerId,
              (String) input.get("serviceId"),
              (Instant) input.get("scheduledAt"),
              duration,
              ((String) input.get("sessionType")).toLowerCase(Locale.ROOT),
              (String) input.get("notes"),
              call.now());
      return payload(bookingMap(booking), List.of());
    } catch (ApiError conflict) {
      if (conflict.status() != 409) {
        throw conflict;
      }
      return payload(
          null, List.of(fieldError("scheduledAt", conflict.getMessage(), conflict.code())));
    }
  }

  /** {@code bookingUpdates(userId)}: the feed's {@code bookings:{userId}}, the caller's own. */
  private static Object bookingUpdates(DataFetchingEnvironment env) {
    GraphqlStream stream = env.getGraphQlContext().get(STREAM);
    String userId = env.getArgument("userId");
    if (!userId.equals(stream.userId())) {
      return refused(env, "Not your bookings", "INSUFFICIENT_PERMISSIONS");
    }
    return stream.follow("bookings:" + userId, frame -> bookingMap(frame));
  }

  /** {@code messageAdded(conversationId)}: the feed's {@code conversations:{id}}. */
  private static Object messageAdded(DataFetchingEnvironment env) {
    GraphqlStream stream = env.getGraphQlContext().get(STREAM);
    String conversationId = env.getArgument("conversationId");
    ObjectNode conversation = store(env).conversations.get(conversationId);
    boolean takesPart = false;
    if (conversation != null) {
      for (JsonNode participant : conversation.path("participantIds")) {
        takesPart |= participant.asText().equals(stream.userId());
      }
    }
    if (!takesPart) {
      return refused(env, "Conversation not found", "RESOURCE_NOT_FOUND");
    }
    return stream.follow("conversations:" + conversationId, GraphqlWiring::messageMap);
  }

  /** A message in GraphQL's shape; {@code sender} is fetched on demand. */
  private static Map<String, Object> messageMap(ObjectNode message) {
    Map<String, Object> map = java(message);
    map.put("type", upper(message.get("messageType")));
    map.put("timestamp", message.path("createdAt").asText());
    return map;
  }

  private static Object refused(DataFetchingEnvironment env, String message, String code) {
    return DataFetcherResult.newResult()
        .data(null)
        .error(
            GraphqlErrorBuilder.newError(env)
                .message(message)
                .extensions(Map.of("code", code))
                .build())
        .build();
  }

  private static Map<String, Object> payload(Object booking, List<Map<String, Object>> errors) {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("booking", booking);
    payload.put("errors", errors);
    return payload;
  }

  private static Map<String, Object> fieldError(String field, String message, String code) {
    return Map.of("field", field, "message", message, "code", code);
  }

  /** A booking in GraphQL's shape; {@code user} and {@code practitioner} are fetched on demand. */
  private static Map<String, Object> bookingMap(ObjectNode booking) {
    Map<String, Object> map = java(booking);
    map.put("status", upper(booking.get("status")));
    map.put("type", upper(booking.get("sessionType")));
    map.put("paymentStatus", upper(booking.path("paymentStatus")));
    map.put("cancellationPolicy", Map.of("freeCancellationHours", 24));
    map.put("service", null);
    return map;
  }

  private static Map<String, Object> practitionerMap(ObjectNode practitioner) {
    Map<String, Object> map = java(practitioner);
    String id = practitioner.get("id").asText();
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", practitioner.path("userId").asText(id));
    user.put("firstName", practitioner.path("firstName").asText());
    user.put("lastName", practitioner.path("lastName").asText());
    user.put("createdAt", practitioner.path("createdAt").asText());
    user.put("updatedAt", practitioner.path("updatedAt").asText());
    map.put("user", user);
    List<Map<String, Object>> specializations = new ArrayList<>();
    for (JsonNode name : practitioner.path("specializations")) {
      specializations.add(
          Map.of(
              "id",
              "spec_" + name.asText().toLowerCase(Locale.ROOT).replace(' ', '_'),
              "name",
              name.asText(),
              "category",
              "wellness"));
    }
    map.put("specializations", specializations);
    map.put("credentials", List.of());
    map.put(
        "pricing",
        Map.of(
            "basePrice", practitioner.at("/basePrice/amount").decimalValue(),
            "currency", practitioner.at("/basePrice/currency").asText(),
            "services", List.of()));
    Map<String, Object> availability = new LinkedHashMap<>();
    availability.put("id", practitioner.path("availabilityId").asText("avail_" + id));
    availability.put("timezone", "UTC");
    availability.put("nextAvailable", null);
    map.put("availability", availability);
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> java(ObjectNode node) {
    return new LinkedHashMap<>((Map<String, Object>) Json.toJava(node));
  }

  private static String upper(JsonNode value) {
    return value.isMissingNode() || value.isNull() ? null : value.asText().toUpperCase(Locale.ROOT);
  }

  private static Object notFound(DataFetchingEnvironment env, String what) {
    return DataFetcherResult.newResult()
        .data(null)
        .error(
            GraphqlErrorBuilder.newError(env)
                .message(what + " not found")
                .extensions(Map.of("code", "RESOURCE_NOT_FOUND"))
                .build())
        .build();
  }

  private static Object badInput(DataFetchingEnvironment env, String message) {
    return DataFetcherResult.newResult()
        .data(null)
        .error(
            GraphqlErrorBuilder.newError(env)
                .message(message)
                .extensions(Map.of("code", "BAD_USER_INPUT"))
                .build())
        .build();
  }
}
