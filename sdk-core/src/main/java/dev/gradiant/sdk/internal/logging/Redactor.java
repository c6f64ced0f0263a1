package dev.gradiant.sdk.internal.logging;

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
 * yet is therefore redacted too.
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
          "to");

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
      return tree == null ? "(no body)" : redact(null, tree).toString();
    } catch (IOException e) {
      return "(" + body.length + " bytes, not JSON)";
    }
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

  private static JsonNode redact(String key, JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = Json.mapper().createObjectNode();
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        copy.set(field.getKey(), redact(field.getKey(), field.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = Json.mapper().createArrayNode();
      node.forEach(item -> copy.add(redact(key, item)));
      return copy;
    }
    if (node.isNull() || (key != null && SAFE_KEYS.contains(key))) {
      return node;
    }
    return TextNode.valueOf(MASK);
  }
}
