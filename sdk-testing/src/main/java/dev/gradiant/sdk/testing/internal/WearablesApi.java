package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /users/{id}/wearables/samples}: the whole batch is checked against the schema first
 * ({@code 422}, nothing stored: more than 500 samples, a missing or unknown field, a bad type),
 * then each sample for plausibility: a value out of range for a known metric, a unit that does not
 * fit it, or a time more than five minutes ahead is rejected on its own and the rest are stored.
 * Idempotency (the same key answers the first answer) is the server's, for every POST.
 */
final class WearablesApi {
  static final int MAX_SAMPLES = 500;
  private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
  private static final Pattern METRIC = Pattern.compile("^[a-z][a-z0-9_]{0,63}$");
  private static final Set<String> FIELDS =
      Set.of("deviceId", "metric", "unit", "value", "recordedAt");

  /** A known metric: its unit and the plausible range of its values. */
  private record Known(String unit, BigDecimal min, BigDecimal max) {}

  private static final Map<String, Known> KNOWN =
      Map.of(
          "heart_rate", new Known("bpm", new BigDecimal("20"), new BigDecimal("300")),
          "steps", new Known("count", BigDecimal.ZERO, new BigDecimal("100000")),
          "distance", new Known("m", BigDecimal.ZERO, new BigDecimal("500000")),
          "active_energy", new Known("kcal", BigDecimal.ZERO, new BigDecimal("20000")),
          "spo2", new Known("%", BigDecimal.ZERO, new BigDecimal("100")),
          "body_temperature", new Known("degC", new BigDecimal("25"), new BigDecimal("45")),
          "weight", new Known("kg", new BigDecimal("0.5"), new BigDecimal("700")),
          "sleep_duration", new Known("min", BigDecimal.ZERO, new BigDecimal("1440")));

  private final Store store;

  WearablesApi(Store store) {
    this.store = store;
  }

  void register(Router router) {
    router.add("POST", "/users/{id}/wearables/samples", Security.API, null, this::ingest);
  }

  private Reply ingest(Call call) {
    String userId = call.pathParam(0);
    store.user(userId);
    BodyReader body = BodyReader.of(call.jsonObject(), Set.of("samples"));
    JsonNode samples = call.jsonObject().get("samples");
    List<ObjectNode> checked = new ArrayList<>();
    if (samples == null) {
      body.issue("samples", "Required");
    } else if (!samples.isArray()) {
      body.issue("samples", "Must be an array");
    } else if (samples.isEmpty() || samples.size() > MAX_SAMPLES) {
      body.issue("samples", "Must hold 1 to " + MAX_SAMPLES + " samples");
    } else {
      for (int i = 0; i < samples.size(); i++) {
        JsonNode sample = samples.get(i);
        if (!sample.isObject()) {
          body.issue("samples[" + i + "]", "Must be an object");
          continue;
        }
        BodyReader item = body.nested("samples[" + i + "]", (ObjectNode) sample, FIELDS);
        String deviceId = item.string("deviceId", true, 1);
        if (deviceId != null && deviceId.length() > 128) {
          item.issue("deviceId", "Must be at most 128 characters");
        }
        String metric = item.string("metric", true, 1);
        if (metric != null && !METRIC.matcher(metric).matches()) {
          item.issue("metric", "Must match " + METRIC.pattern());
        }
        String unit = item.string("unit", true, 1);
        if (unit != null && unit.length() > 32) {
          item.issue("unit", "Must be at most 32 characters");
        }
        JsonNode value = sample.get("value");
        if (value == null) {
          item.issue("value", "Required");
        } else if (!value.isNumber()) {
          item.issue("value", "Must be a number");
        }
        item.dateTime("recordedAt", true, false);
        checked.add((ObjectNode) sample);
      }
    }
    body.done();
    int accepted = 0;
    ArrayNode rejected = Json.array();
    for (int i = 0; i < checked.size(); i++) {
      ObjectNode sample = checked.get(i);
      String problem = problem(sample, call.now());
      if (problem == null) {
        ObjectNode stored = sample.deepCopy();
        stored.put("userId", userId);
        store.wearableSamples.add(stored);
        accepted++;
      } else {
        rejected.add(
            Json.object()
                .put("index", i)
                .put("code", problem)
                .put("message", message(problem, sample.get("metric").asText())));
      }
    }
    ObjectNode result = Json.object().put("accepted", accepted);
    result.set("rejected", rejected);
    return call.ok(result);
  }

  /** {@return the rejection code of a well-formed sample, or null when it is plausible} */
  private static String problem(ObjectNode sample, Instant now) {
    Instant recordedAt = Times.parseDateTime(sample.get("recordedAt").asText());
    if (recordedAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
      return "TIMESTAMP_IN_FUTURE";
    }
    Known known = KNOWN.get(sample.get("metric").asText());
    if (known == null) {
      return null;
    }
    if (!known.unit().equals(sample.get("unit").asText())) {
      return "UNSUPPORTED_UNIT";
    }
    BigDecimal value = sample.get("value").decimalValue();
    if (value.compareTo(known.min()) < 0 || value.compareTo(known.max()) > 0) {
      return "INVALID_VALUE";
    }
    return null;
  }

  /** {@return a reason that names the metric, never the value} */
  private static String message(String code, String metric) {
    return switch (code) {
      case "TIMESTAMP_IN_FUTURE" -> "The sample was recorded in the future";
      case "UNSUPPORTED_UNIT" ->
          "The unit does not fit " + metric + " (expected " + KNOWN.get(metric).unit() + ")";
      default -> "The value is out of range for " + metric;
    };
  }
}
