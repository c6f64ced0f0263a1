package dev.gradiant.sdk.realtime;

import java.util.Objects;

/**
 * An event whose {@code type} this SDK does not know (servers add types), or whose content it could
 * not read: kept as received. If it carries a {@code channel} and a {@code seq}, it was ordered and
 * de-duplicated like any durable event. {@link #toString()} does not show the JSON, which may hold
 * personal data.
 *
 * <p>Compatibility: a final class built with {@link #builder()} (for tests of an application's
 * listeners, too), so fields can be added in a minor release without breaking callers. Nothing it
 * returns is null.
 */
public final class UnknownEvent implements RealtimeEvent {
  private final String type;
  private final String json;

  private UnknownEvent(Builder builder) {
    this.type = builder.type;
    this.json = builder.json;
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this event} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.type = type;
    builder.json = json;
    return builder;
  }

  /** {@return the wire {@code type} (empty if the frame had none)} */
  @Override
  public String type() {
    return type;
  }

  /** {@return the frame's JSON text, as received; may hold personal data, so never log it} */
  public String json() {
    return json;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownEvent that && type.equals(that.type) && json.equals(that.json);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, json);
  }

  @Override
  public String toString() {
    return "UnknownEvent[type=" + type + ", " + json.length() + " characters]";
  }

  /** Collects the fields of an {@link UnknownEvent}; both are required. */
  public static final class Builder {
    private String type;
    private String json;

    private Builder() {}

    /**
     * @param type the wire {@code type}, or empty
     * @return this builder
     */
    public Builder type(String type) {
      this.type = Objects.requireNonNull(type, "type must not be null");
      return this;
    }

    /**
     * @param json the frame's text
     * @return this builder
     */
    public Builder json(String json) {
      this.json = Objects.requireNonNull(json, "json must not be null");
      return this;
    }

    /**
     * @return the event
     * @throws IllegalStateException if a field is unset
     */
    public UnknownEvent build() {
      if (type == null || json == null) {
        throw new IllegalStateException(
            "UnknownEvent." + (type == null ? "type" : "json") + " is required");
      }
      return new UnknownEvent(this);
    }
  }
}
