package dev.gradiant.sdk.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The data of an event type this library does not know, kept as JSON so nothing is lost.
 *
 * @param rawData the event's data object, JSON:API attributes flattened; every call returns a new
 *     copy
 */
public record UnknownEventData(JsonNode rawData) implements EventData {

  /**
   * Keeps a copy of the data.
   *
   * @param rawData the event's data object
   * @throws NullPointerException if {@code rawData} is null
   */
  public UnknownEventData {
    rawData = Objects.requireNonNull(rawData, "rawData must not be null").deepCopy();
  }

  /**
   * The data, as a copy the caller may change.
   *
   * @return a copy of the data
   */
  @Override
  public JsonNode rawData() {
    return rawData.deepCopy();
  }

  /** Prints the data's field names only: their values may be personal data. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    rawData.fieldNames().forEachRemaining(names::add);
    return "UnknownEventData[fields=" + names + "]";
  }
}
