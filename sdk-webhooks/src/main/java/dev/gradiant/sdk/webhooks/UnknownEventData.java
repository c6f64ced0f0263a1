package dev.gradiant.sdk.webhooks;

import dev.gradiant.sdk.webhooks.internal.PlainJson;
import java.util.Map;
import java.util.Objects;

/**
 * The data of an event type this library does not know, kept as plain Java so nothing is lost.
 *
 * <p>Immutable. Like every webhook data type it is a final class with a {@link Builder}, so fields
 * can be added later without breaking callers; nothing it returns is null.
 */
public final class UnknownEventData implements EventData {
  private final Map<String, Object> rawData;

  private UnknownEventData(Builder builder) {
    this.rawData = builder.rawData;
  }

  /**
   * Starts a builder, such as for a handler's tests.
   *
   * @return a new builder with empty data
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this data.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.rawData = rawData;
    return builder;
  }

  /**
   * The event's data object, JSON:API attributes flattened; see {@link WebhookEvent#rawData()} for
   * how JSON values appear in it.
   *
   * @return the data; unmodifiable at every depth, empty if the event has none
   */
  public Map<String, Object> rawData() {
    return rawData;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownEventData that && rawData.equals(that.rawData);
  }

  @Override
  public int hashCode() {
    return rawData.hashCode();
  }

  /** Prints the data's field names only: their values may be personal data. */
  @Override
  public String toString() {
    return "UnknownEventData[fields=" + rawData.keySet() + "]";
  }

  /** Builds {@link UnknownEventData}. Not thread-safe. */
  public static final class Builder {
    private Map<String, Object> rawData = Map.of();

    private Builder() {}

    /**
     * Sets the data; an unmodifiable deep copy is kept.
     *
     * @param rawData the data object as plain Java: maps with string keys, lists, strings, numbers,
     *     booleans and nulls
     * @return this builder
     * @throws NullPointerException if {@code rawData} is null
     * @throws IllegalArgumentException if a key, at any depth, is not a string
     */
    public Builder rawData(Map<String, ?> rawData) {
      this.rawData =
          PlainJson.copy("rawData", Objects.requireNonNull(rawData, "rawData must not be null"));
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     */
    public UnknownEventData build() {
      return new UnknownEventData(this);
    }
  }
}
