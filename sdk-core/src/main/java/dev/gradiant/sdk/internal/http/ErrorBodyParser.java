package dev.gradiant.sdk.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.FieldError;
import dev.gradiant.sdk.internal.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an error body in any of the shapes servers and proxies answer with, into one {@link
 * ApiError}: the Gradiant {@code {"error": {code, message, details}}} envelope (the contract),
 * JSON:API {@code {"errors": [...]}}, {@code {"detail": "..." | [...]}}, OAuth's {@code {"error":
 * "code", "error_description"}}, and anything else (HTML, text, nothing), which keeps the HTTP
 * reason as its message. It never throws.
 */
final class ErrorBodyParser {
  /** The message of a field error whose server named the field but said nothing about it. */
  static final String NO_FIELD_MESSAGE = "invalid";

  private ErrorBodyParser() {}

  /** The parsed error and the request id found in the body's {@code meta}, if any. */
  record Parsed(ApiError error, String bodyRequestId) {}

  static Parsed parse(int status, String reasonPhrase, byte[] body) {
    JsonNode root = readTree(body);
    String fallback = fallbackMessage(status, reasonPhrase, root == null && body.length > 0);
    if (root == null || !root.isObject()) {
      return new Parsed(apiError(null, fallback, null, List.of()), null);
    }
    String requestId = text(root.path("meta"), "requestId", "request_id");
    JsonNode error = root.path("error");
    if (error.isObject()) {
      return new Parsed(gradiant(error, fallback), requestId);
    }
    if (error.isTextual()) {
      String description = text(root, "error_description");
      return new Parsed(
          apiError(error.asText(), orElse(description, fallback), null, List.of()), requestId);
    }
    if (root.path("errors").isArray() && !root.path("errors").isEmpty()) {
      return new Parsed(jsonApi(root.path("errors"), fallback), requestId);
    }
    JsonNode detail = root.path("detail");
    if (detail.isTextual()) {
      return new Parsed(apiError(null, detail.asText(), null, List.of()), requestId);
    }
    if (detail.isArray()) {
      return new Parsed(detailList(detail, fallback), requestId);
    }
    String message = text(root, "message");
    return new Parsed(apiError(null, orElse(message, fallback), null, List.of()), requestId);
  }

  private static ApiError gradiant(JsonNode error, String fallback) {
    JsonNode details = error.get("details");
    List<FieldError> fields = new ArrayList<>();
    if (details != null && details.isObject()) {
      addGradiantField(details, fields);
    } else if (details != null && details.isArray()) {
      details.forEach(item -> addGradiantField(item, fields));
    }
    return apiError(
        text(error, "code"), orElse(text(error, "message"), fallback), plain(details), fields);
  }

  private static void addGradiantField(JsonNode item, List<FieldError> fields) {
    String field = text(item, "field");
    if (field != null) {
      fields.add(fieldError(field, text(item, "issue", "message")));
    }
  }

  private static ApiError jsonApi(JsonNode errors, String fallback) {
    JsonNode first = errors.get(0);
    List<FieldError> fields = new ArrayList<>();
    for (JsonNode item : errors) {
      String field = text(item.path("meta"), "field");
      if (field == null) {
        field = text(item.path("source"), "parameter");
      }
      if (field == null) {
        field = lastPointerSegment(text(item.path("source"), "pointer"));
      }
      if (field != null) {
        fields.add(fieldError(field, text(item, "detail", "title")));
      }
    }
    String message = orElse(text(first, "detail", "title"), fallback);
    if (errors.size() > 1) {
      message += " (and " + (errors.size() - 1) + " more)";
    }
    return apiError(text(first, "code"), message, plain(errors), fields);
  }

  private static ApiError detailList(JsonNode detail, String fallback) {
    List<FieldError> fields = new ArrayList<>();
    for (JsonNode item : detail) {
      fields.add(fieldError(location(item.path("loc")), text(item, "msg", "message")));
    }
    String message = detail.isEmpty() ? fallback : orElse(text(detail.get(0), "msg"), fallback);
    if (detail.size() > 1) {
      message += " (and " + (detail.size() - 1) + " more)";
    }
    return apiError(null, message, plain(detail), fields);
  }

  /** {@code ["body", "address", "city"]} becomes {@code address.city}. */
  private static String location(JsonNode loc) {
    if (!loc.isArray() || loc.isEmpty()) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < loc.size(); i++) {
      String part = loc.get(i).asText();
      boolean origin = i == 0 && loc.size() > 1 && isOrigin(part);
      if (!origin) {
        path.append(path.length() == 0 ? "" : ".").append(part);
      }
    }
    return path.toString();
  }

  private static boolean isOrigin(String part) {
    return part.equals("body")
        || part.equals("query")
        || part.equals("path")
        || part.equals("header");
  }

  private static String lastPointerSegment(String pointer) {
    if (pointer == null || pointer.isEmpty()) {
      return null;
    }
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static String fallbackMessage(int status, String reasonPhrase, boolean notJson) {
    String reason =
        reasonPhrase == null || reasonPhrase.isBlank() ? StatusReasons.of(status) : reasonPhrase;
    return notJson ? reason + " (the response body is not JSON; see rawBody())" : reason;
  }

  private static JsonNode readTree(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static String text(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isValueNode() && !value.isNull()) {
        return value.asText();
      }
    }
    return null;
  }

  /** {@return a JSON value as plain Java: maps, lists, strings, numbers, booleans, or null} */
  private static Object plain(JsonNode node) {
    return node == null ? null : Json.mapper().convertValue(node, Object.class);
  }

  /** Builds an {@link ApiError}, leaving unset what the body did not say. */
  private static ApiError apiError(
      String code, String message, Object details, List<FieldError> fields) {
    ApiError.Builder error = ApiError.builder().message(message).fieldErrors(fields);
    if (code != null) {
      error.code(code);
    }
    if (details != null) {
      error.details(details);
    }
    return error.build();
  }

  /**
   * Builds a {@link FieldError}; a field without a message reads {@value #NO_FIELD_MESSAGE}, a
   * message without a field has no field.
   */
  private static FieldError fieldError(String field, String message) {
    FieldError.Builder error = FieldError.builder().message(orElse(message, NO_FIELD_MESSAGE));
    if (field != null) {
      error.field(field);
    }
    return error.build();
  }

  private static String orElse(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value;
  }
}
