package dev.gradiant.sdk.webhooks;

import dev.gradiant.sdk.webhooks.internal.PlainJson;
import java.util.Map;
import java.util.Objects;

/**
 * The data of an event type this library does not know, kept as plain Java so nothing is lost.
 *
 * @param rawData the event's data object, JSON:API attributes flattened, as an unmodifiable map:
 *     see {@link WebhookEvent#rawData()} for how JSON values appear in it
 */
public record UnknownEventData(Map<String, Object> rawData) implements EventData {

  /**
   * Keeps an unmodifiable deep copy of the data.
   *
   * @param rawData the event's data object
   * @throws NullPointerException if {@code rawData} is null
   * @throws IllegalArgumentException if a key, at any depth, is not a string
   */
  public UnknownEventData {
    rawData =
        PlainJson.copy("rawData", Objects.requireNonNull(rawData, "rawData must not be null"));
  }

  /** Prints the data's field names only: their values may be personal data. */
  @Override
  public String toString() {
    return "UnknownEventData[fields=" + rawData.keySet() + "]";
  }
}
