package dev.gradiant.sdk.realtime;

/**
 * An event whose {@code type} this SDK does not know (servers add types), or whose content it could
 * not read: kept as received. If it carries a {@code channel} and a {@code seq}, it was ordered and
 * de-duplicated like any durable event. {@link #toString()} does not show the JSON, which may hold
 * personal data.
 *
 * @param type the wire {@code type} (empty if the frame had none)
 * @param json the frame's JSON text, as received
 */
public record UnknownEvent(String type, String json) implements RealtimeEvent {

  @Override
  public String toString() {
    return "UnknownEvent[type=" + type + ", " + json.length() + " characters]";
  }
}
