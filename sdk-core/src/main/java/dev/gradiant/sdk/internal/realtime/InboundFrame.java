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
 * has the type {@code ""}: it is kept as an {@link UnknownEvent}. A {@code seq} outside the
 * contract's range breaks the protocol: {@link #violation()} says so, and the frame is not used.
 *
 * @param violation what breaks the contract in the frame, or {@code null}
 */
record InboundFrame(
    String text,
    JsonNode json,
    String type,
    String ref,
    Channel channel,
    long seq,
    String violation) {

  /** {@code seq} of a frame without one. */
  static final long NO_SEQ = -1;

  /** The largest {@code seq} of the contract: 2<sup>53</sup>-1, exact in every JSON reader. */
  static final long MAX_SEQ = (1L << 53) - 1;

  static InboundFrame read(String text) {
    JsonNode json;
    try {
      json = Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      json = MissingNode.getInstance();
    }
    if (json == null || !json.isObject()) {
      return new InboundFrame(text, MissingNode.getInstance(), "", null, null, NO_SEQ, null);
    }
    JsonNode channel = json.get("channel");
    String type = string(json, "type", "");
    JsonNode seqNode = json.get("seq");
    long seq = NO_SEQ;
    String violation = null;
    if (seqNode != null) {
      // a channel's position (subscribed, resync_required) may be 0; an event's seq starts at 1
      long min = type.equals("subscribed") || type.equals("resync_required") ? 0 : 1;
      if (seqNode.isIntegralNumber()
          && seqNode.canConvertToLong()
          && seqNode.asLong() >= min
          && seqNode.asLong() <= MAX_SEQ) {
        seq = seqNode.asLong();
      } else {
        violation = "a seq outside " + min + " to 2^53-1";
      }
    }
    return new InboundFrame(
        text,
        json,
        type,
        string(json, "ref", null),
        channel != null && channel.isTextual() && !channel.asText().isEmpty()
            ? Channel.named(channel.asText())
            : null,
        seq,
        violation);
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
