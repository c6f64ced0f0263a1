package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the payloads of {@code graphql-transport-ws}: a {@code next}'s execution result into a
 * {@link GraphqlEvent}, an {@code error}'s list into {@link GraphqlError}s. Leniently: a result
 * whose {@code data} does not fit the caller's type is kept, without data and with an error saying
 * so (code {@code SDK_DATA_UNREADABLE}), so the subscription goes on and nothing is dropped
 * silently.
 */
final class SubscriptionResults {
  /** The code of the error that stands for data the SDK could not read. */
  static final String UNREADABLE = "SDK_DATA_UNREADABLE";

  private SubscriptionResults() {}

  static <T> GraphqlEvent<T> read(JsonNode payload, JavaType dataType, Long seq) {
    List<GraphqlError> errors = new ArrayList<>(errors(payload.get("errors")));
    JsonNode data = payload.get("data");
    T value = null;
    if (data != null && data.isObject()) {
      try {
        value = JsonTrees.read(data, dataType);
      } catch (IOException | IllegalArgumentException e) {
        errors.add(
            new GraphqlError(
                "The SDK could not read data as " + dataType.getRawClass().getSimpleName(),
                List.of(),
                List.of(),
                Map.of("code", UNREADABLE)));
      }
    }
    JsonNode extensions = payload.path("extensions");
    JsonNode realtime = extensions.path("realtime");
    return GraphqlEvent.result(
        value,
        errors,
        extensions.isObject() ? JsonTrees.toMap(extensions) : Map.of(),
        seq,
        realtime.path("id").isTextual() ? realtime.get("id").asText() : null);
  }

  static List<GraphqlError> errors(JsonNode errors) {
    if (errors == null || !errors.isArray()) {
      return List.of();
    }
    List<GraphqlError> read = new ArrayList<>();
    for (JsonNode error : errors) {
      List<GraphqlError.Location> locations = new ArrayList<>();
      for (JsonNode location : error.path("locations")) {
        locations.add(
            new GraphqlError.Location(
                location.path("line").asInt(), location.path("column").asInt()));
      }
      List<Object> path = new ArrayList<>();
      for (JsonNode segment : error.path("path")) {
        path.add(segment.isInt() ? (Object) segment.asInt() : segment.asText());
      }
      JsonNode extensions = error.path("extensions");
      read.add(
          new GraphqlError(
              error.path("message").asText("(no message)"),
              locations,
              path,
              extensions.isObject() ? JsonTrees.toMap(extensions) : Map.of()));
    }
    return read;
  }
}
