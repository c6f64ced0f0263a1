package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code /analytics/*}, computed from what the sandbox holds: sessions and users count on the UTC
 * date they were created; a user is active on a day they created a session or a booking; the
 * average duration runs from a completed session's start ({@code taskStartedAt}, else its creation)
 * to {@code completedAt}.
 */
final class AnalyticsApi {
  /** The most time-series points served at once. */
  static final int MAX_POINTS = 1000;

  private final Store store;

  AnalyticsApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("GET", "/analytics/sessions", Security.API, null, this::sessions);
    router.add("GET", "/analytics/users", Security.API, null, this::users);
  }

  private record Range(LocalDate from, LocalDate to, String interval) {
    boolean contains(LocalDate day) {
      return !day.isBefore(from) && !day.isAfter(to);
    }

    Map<LocalDate, long[]> buckets(int counters) {
      Map<LocalDate, long[]> buckets = new LinkedHashMap<>();
      for (LocalDate start = Times.bucketStart(from, interval);
          !start.isAfter(to);
          start = Times.nextBucket(start, interval)) {
        buckets.put(start, new long[counters]);
      }
      return buckets;
    }

    long[] bucket(Map<LocalDate, long[]> buckets, LocalDate day) {
      return buckets.get(Times.bucketStart(day, interval));
    }
  }

  private static Range range(Call call) {
    QueryReader query = new QueryReader(call);
    LocalDate from = query.date("from", true);
    LocalDate to = query.date("to", true);
    String interval = query.oneOf("interval", Spec.INTERVALS);
    String step = interval == null ? "day" : interval;
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        query.issueAbout("to", "Must not be before from");
      } else {
        int points = 0;
        for (LocalDate start = Times.bucketStart(from, step);
            !start.isAfter(to) && points <= MAX_POINTS;
            start = Times.nextBucket(start, step)) {
          points++;
        }
        if (points > MAX_POINTS) {
          query.issueAbout(
              "to", "The sandbox serves at most " + MAX_POINTS + " points; use a wider interval");
        }
      }
    }
    query.done();
    return new Range(from, to, step);
  }

  private static ObjectNode answer(Range range) {
    ObjectNode data = Json.object();
    data.put("from", range.from().toString());
    data.put("to", range.to().toString());
    data.put("interval", range.interval());
    return data;
  }

  private Reply sessions(Call call) {
    Range range = range(call);
    Map<LocalDate, long[]> buckets = range.buckets(2);
    long total = 0;
    long completed = 0;
    long cancelled = 0;
    long minutes = 0;
    for (ObjectNode session : store.sessions.values()) {
      Instant created = Instant.parse(session.get("createdAt").asText());
      LocalDate day = Times.utcDate(created);
      if (!range.contains(day)) {
        continue;
      }
      long[] bucket = range.bucket(buckets, day);
      total++;
      bucket[0]++;
      String status = session.get("status").asText();
      if (status.equals("cancelled")) {
        cancelled++;
      } else if (status.equals("completed")) {
        completed++;
        bucket[1]++;
        Instant start =
            session.has("taskStartedAt")
                ? Instant.parse(session.get("taskStartedAt").asText())
                : created;
        minutes +=
            Duration.between(start, Instant.parse(session.get("completedAt").asText())).toMinutes();
      }
    }
    ObjectNode data = answer(range);
    ObjectNode totals = data.putObject("totals");
    totals.put("totalSessions", total);
    totals.put("completedSessions", completed);
    totals.put("cancelledSessions", cancelled);
    if (completed > 0) {
      BigDecimal average =
          BigDecimal.valueOf(minutes)
              .divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP)
              .stripTrailingZeros();
      totals.put("averageDurationMinutes", average.scale() < 0 ? average.setScale(0) : average);
    }
    ArrayNode series = data.putArray("series");
    buckets.forEach(
        (start, counts) ->
            series
                .addObject()
                .put("periodStart", start.toString())
                .put("totalSessions", counts[0])
                .put("completedSessions", counts[1]));
    return call.ok(data);
  }

  private Reply users(Call call) {
    Range range = range(call);
    Map<LocalDate, long[]> buckets = range.buckets(2);
    long total = 0;
    long created = 0;
    for (ObjectNode user : store.users.values()) {
      LocalDate day = Times.utcDate(Instant.parse(user.get("createdAt").asText()));
      if (!day.isAfter(range.to())) {
        total++;
      }
      if (range.contains(day)) {
        created++;
        range.bucket(buckets, day)[0]++;
      }
    }
    Set<String> active = new HashSet<>();
    Map<LocalDate, Set<String>> activeByBucket = new LinkedHashMap<>();
    for (ObjectNode activity : activities()) {
      LocalDate day = Times.utcDate(Instant.parse(activity.get("createdAt").asText()));
      String userId = activity.path("userId").asText(null);
      if (userId == null || !range.contains(day)) {
        continue;
      }
      active.add(userId);
      activeByBucket
          .computeIfAbsent(Times.bucketStart(day, range.interval()), k -> new HashSet<>())
          .add(userId);
    }
    activeByBucket.forEach((start, users) -> buckets.get(start)[1] = users.size());
    ObjectNode data = answer(range);
    data.putObject("totals")
        .put("totalUsers", total)
        .put("newUsers", created)
        .put("activeUsers", active.size());
    ArrayNode series = data.putArray("series");
    buckets.forEach(
        (start, counts) ->
            series
                .addObject()
                .put("periodStart", start.toString())
                .put("newUsers", counts[0])
                .put("activeUsers", counts[1]));
    return call.ok(data);
  }

  private Iterable<ObjectNode> activities() {
    java.util.List<ObjectNode> all = new java.util.ArrayList<>(store.sessions.values());
    all.addAll(store.bookings.values());
    return all;
  }
}
