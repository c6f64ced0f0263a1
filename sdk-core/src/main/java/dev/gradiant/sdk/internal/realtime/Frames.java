package dev.gradiant.sdk.internal.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.internal.json.Json;
import dev.gradiant.sdk.realtime.Channel;
import java.util.Map;

/**
 * The client's messages, as the contract writes them (camelCase fields, snake_case types). Each is
 * built once; none of them is ever logged (the {@code auth} one holds the token, a chat message
 * personal data).
 */
final class Frames {
  private Frames() {}

  static String auth(String ref, String token) {
    return text(object("auth", ref).put("token", token));
  }

  static String subscribe(String ref, Channel channel, Long resumeFrom) {
    ObjectNode frame = object("subscribe", ref).put("channel", channel.name());
    if (resumeFrom != null) {
      frame.put("resumeFrom", resumeFrom);
    }
    return text(frame);
  }

  static String unsubscribe(String ref, Channel channel) {
    return text(object("unsubscribe", ref).put("channel", channel.name()));
  }

  static String message(String ref, String conversationId, String content, String key) {
    return text(
        object("message", ref)
            .put("conversationId", conversationId)
            .put("content", content)
            .put("messageType", "text")
            .put("idempotencyKey", key));
  }

  static String typing(String conversationId, boolean typing) {
    return text(
        object("typing", null).put("conversationId", conversationId).put("isTyping", typing));
  }

  static String signal(
      String ref, String bookingId, String signalType, Map<String, ?> data, String toUserId) {
    ObjectNode frame =
        object("webrtc_signal", ref).put("bookingId", bookingId).put("signalType", signalType);
    if (toUserId != null) {
      frame.put("toUserId", toUserId);
    }
    frame.set("signalData", Json.mapper().valueToTree(data));
    return text(frame);
  }

  static String ping(String ref) {
    return text(object("ping", ref));
  }

  private static ObjectNode object(String type, String ref) {
    ObjectNode frame = Json.mapper().createObjectNode().put("type", type);
    if (ref != null) {
      frame.put("ref", ref);
    }
    return frame;
  }

  private static String text(ObjectNode frame) {
    try {
      return Json.mapper().writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write a " + frame.get("type") + " frame", e);
    }
  }
}
