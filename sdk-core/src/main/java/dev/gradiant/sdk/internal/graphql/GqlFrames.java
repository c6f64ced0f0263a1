package dev.gradiant.sdk.internal.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.internal.json.Json;

/**
 * The messages the client sends in {@code graphql-transport-ws}, written as the AsyncAPI document's
 * {@code graphql} channel describes them.
 */
final class GqlFrames {
  private GqlFrames() {}

  /** {@code connection_init}, the token in its payload (the only place it is ever written). */
  static String connectionInit(String token) {
    ObjectNode frame = Json.mapper().createObjectNode().put("type", "connection_init");
    frame.putObject("payload").put("token", token);
    return text(frame);
  }

  /**
   * {@code subscribe}: {@code payload} is the GraphQL request ({@code query}, {@code
   * operationName}, {@code variables}), plus {@code extensions.realtime.resumeFrom} when known.
   */
  static String subscribe(String id, ObjectNode request, Long resumeFrom) {
    ObjectNode payload = request.deepCopy();
    if (resumeFrom != null) {
      ObjectNode extensions =
          payload.get("extensions") instanceof ObjectNode existing
              ? existing
              : payload.putObject("extensions");
      extensions.putObject("realtime").put("resumeFrom", resumeFrom);
    }
    ObjectNode frame = Json.mapper().createObjectNode().put("type", "subscribe").put("id", id);
    frame.set("payload", payload);
    return text(frame);
  }

  static String complete(String id) {
    return text(Json.mapper().createObjectNode().put("type", "complete").put("id", id));
  }

  static String ping() {
    return "{\"type\":\"ping\"}";
  }

  static String pong() {
    return "{\"type\":\"pong\"}";
  }

  private static String text(ObjectNode frame) {
    try {
      return Json.mapper().writeValueAsString(frame);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A frame could not be written", e);
    }
  }
}
