package dev.gradiant.sdk.internal.redaction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.gradiant.sdk.internal.json.Json;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Turns bodies and queries into text that is safe to log. It works by allow-list: a value is kept
 * only under a key known to hold no personal data and no secret (ids, statuses, types, times,
 * counters); every other value, at any depth, becomes {@code ***}. A field the SDK does not know
 * yet is therefore redacted too. Inside free-form content (a session event's {@code data}, a {@code
 * deliverableState}, error {@code details}) nothing is shown at all, since even an {@code id} or
 * {@code type} there is whatever the participant typed.
 */
public final class Redactor {
  static final String MASK = "***";

  private static final Set<String> SAFE_KEYS =
      Set.of(
          "id",
          "type",
          "event",
          "status",
          "sessionType",
          "paymentStatus",
          "phase",
          "interval",
          "createdAt",
          "updatedAt",
          "scheduledAt",
          "completedAt",
          "timestamp",
          "timestampMs",
          "duration",
          "total",
          "limit",
          "offset",
          "requestId",
          "request_id",
          "userId",
          "practitionerId",
          "sessionId",
          "bookingId",
          "serviceId",
          "newPhaseIndex",
          "ok",
          "verified",
          "version",
          "tokenType",
          "token_type",
          "expiresIn",
          "expires_in",
          "grant_type",
          "currency",
          "from",
          "to",
          // a GraphQL request's operation name is the developer's, never the user's
          "operationName");

  /** Free-form content: nothing below these keys is shown, whatever its own keys. */
  private static final Set<String> OPAQUE_KEYS =
      Set.of("deliverableState", "details", "attributes", "emergencyContact");

  private Redactor() {}

  /**
   * @param body a request or response body
   * @param contentType its media type, or {@code null}
   * @return the body with every value outside the allow-list masked, or a size note when it is
   *     neither JSON nor a form
   */
  public static String body(byte[] body, String contentType) {
    if (body == null || body.length == 0) {
      return "(no body)";
    }
    if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      HttpUrl form =
          HttpUrl.get(
              "http://localhost/?" + new String(body, java.nio.charset.StandardCharsets.UTF_8));
      return query(form);
    }
    try {
      JsonNode tree = Json.mapper().readTree(body);
      return tree == null ? "(no body)" : redact(null, tree, false, true).toString();
    } catch (IOException e) {
      return "(" + body.length + " bytes, not JSON)";
    }
  }

  /**
   * @param tree a JSON body
   * @return a copy with every value outside the allow-list masked, as {@link #body} prints it
   */
  public static JsonNode tree(JsonNode tree) {
    return redact(null, tree, false, true);
  }

  /**
   * @param url a request URL
   * @return its query as {@code name=value&...} with values outside the allow-list masked, or an
   *     empty string without a query
   */
  public static String query(HttpUrl url) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      text.append(i == 0 ? "" : "&")
          .append(name)
          .append('=')
          .append(SAFE_KEYS.contains(name) ? url.queryParameterValue(i) : MASK);
    }
    return text.toString();
  }

  /**
   * @param key the field name the node sits under, or null at the root
   * @param node the node to copy
   * @param opaque whether the node lies inside free-form content (an event's or webhook's {@code
   *     data}, a {@code deliverableState}, error {@code details}), where even an allow-listed key
   *     may hold personal data: everything there is masked
   * @param root whether the node is the top of the body (its {@code data} is the envelope's)
   */
  private static JsonNode redact(String key, JsonNode node, boolean opaque, boolean root) {
    if (node.isObject()) {
      ObjectNode copy = Json.mapper().createObjectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        boolean inside = opaque || isOpaque(field.getKey(), root);
        copy.set(field.getKey(), redact(field.getKey(), field.getValue(), inside, false));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.mapper().createArrayNode();
      node.forEach(item -> copy.add(redact(key, item, opaque, false)));
      return copy;
    }
    if (node.isNull() || (!opaque && key != null && SAFE_KEYS.contains(key))) {
      return node;
    }
    return TextNode.valueOf(MASK);
  }

  private static boolean isOpaque(String key, boolean root) {
    return OPAQUE_KEYS.contains(key) || (key.equals("data") && !root);
  }
}
