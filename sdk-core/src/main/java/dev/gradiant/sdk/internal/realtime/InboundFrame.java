package dev.gradiant.sdk.internal.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.realtime.Channel;
import dev.gradiant.sdk.realtime.UnknownEvent;

/**
 * A text frame of the server, read once: its JSON, {@code type}, {@code ref}, and for events of a
 * channel the {@code channel} and (durable events) {@code seq}. A frame that is not a JSON object
 * has the type {@code ""}: it is kept as an {@link UnknownEvent}.
 */
record InboundFrame(
    String text, JsonNode json, String type, String ref, Channel channel, long seq) {

  /** {@code seq} of a frame without one. */
  static final long NO_SEQ = -1;

  static InboundFrame read(String text) {
    JsonNode json;
    try {
      json = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      json = MissingNode.getInstance();
    }
    if (json == null || !json.isObject()) {
      return new InboundFrame(text, MissingNode.getInstance(), "", null, null, NO_SEQ);
    }
    JsonNode channel = json.get("channel");
    JsonNode seq = json.get("seq");
    return new InboundFrame(
        text,
        json,
        string(json, "type", ""),
        string(json, "ref", null),
        channel != null && channel.isTextual() && !channel.asText().isEmpty()
            ? Channel.named(channel.asText())
            : null,
        seq != null && seq.canConvertToLong() && seq.isIntegralNumber() ? seq.asLong() : NO_SEQ);
  }

  /** {@return whether it is a durable event: of a channel, with a {@code seq}} */
  boolean durable() {
    return channel != null && seq != NO_SEQ;
  }

  String string(String field) {
    return string(json, field, null);
  }

  private static String string(JsonNode json, String field, String fallback) {
    JsonNode value = json.get(field);
    return value != null && value.isTextual() ? value.asText() : fallback;
  }
}
