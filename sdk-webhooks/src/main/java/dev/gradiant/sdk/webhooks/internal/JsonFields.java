package dev.gradiant.sdk.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Typed reads of one field of a JSON object, by its camelCase name or, failing that, its snake_case
 * twin ({@code scheduledAt}, then {@code scheduled_at}). An absent field or JSON {@code null} reads
 * as {@code null}; a value of the wrong kind is a {@code MALFORMED_PAYLOAD} error naming the field.
 */
public final class JsonFields {
  private final ObjectNode object;
  private final String path;

  /**
   * Reads fields of {@code object}.
   *
   * @param object the JSON object
   * @param path where the object sits in the payload ({@code data}), used in error messages
   */
  public JsonFields(ObjectNode object, String path) {
    this.object = object;
    this.path = path;
  }

  /**
   * Reads a string; a number is accepted and read as its text, as ids sometimes are.
   *
   * @param name the camelCase field name
   * @return the value, or null if absent
   */
  public String text(String name) {
    Map.Entry<String, JsonNode> field = find(name);
    if (field == null) {
      return null;
    }
    JsonNode value = field.getValue();
    if (value.isTextual() || value.isNumber()) {
      return value.asText();
    }
    throw wrongKind(field, "a string");
  }

  /**
   * Reads an instant from an ISO-8601 date-time with offset, or from epoch seconds.
   *
   * @param name the camelCase field name
   * @return the value, or null if absent
   */
  public Instant instant(String name) {
    Map.Entry<String, JsonNode> field = find(name);
    if (field == null) {
      return null;
    }
    JsonNode value = field.getValue();
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return Instant.ofEpochSecond(value.longValue());
    }
    if (value.isTextual()) {
      try {
        return Rfc3339Instant.parse(value.textValue());
      } catch (DateTimeParseException e) {
        throw wrongKind(field, "an ISO-8601 date-time with offset (2024-03-21T10:30:00Z)");
      }
    }
    throw wrongKind(field, "an ISO-8601 date-time with offset (2024-03-21T10:30:00Z)");
  }

  /**
   * Reads an exact decimal from a JSON number or a numeric string.
   *
   * @param name the camelCase field name
   * @return the value, or null if absent
   */
  public BigDecimal decimal(String name) {
    Map.Entry<String, JsonNode> field = find(name);
    if (field == null) {
      return null;
    }
    JsonNode value = field.getValue();
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.textValue().strip());
      } catch (NumberFormatException e) {
        throw wrongKind(field, "a decimal number");
      }
    }
    throw wrongKind(field, "a decimal number");
  }

  /**
   * Reads a whole number that fits an {@code int}.
   *
   * @param name the camelCase field name
   * @return the value, or null if absent
   */
  public Integer integer(String name) {
    Map.Entry<String, JsonNode> field = find(name);
    if (field == null) {
      return null;
    }
    JsonNode value = field.getValue();
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return value.intValue();
    }
    throw wrongKind(field, "a whole number");
  }

  /**
   * Reads a boolean.
   *
   * @param name the camelCase field name
   * @return the value, or null if absent
   */
  public Boolean bool(String name) {
    Map.Entry<String, JsonNode> field = find(name);
    if (field == null) {
      return null;
    }
    JsonNode value = field.getValue();
    if (value.isBoolean()) {
      return value.booleanValue();
    }
    throw wrongKind(field, "true or false");
  }

  /**
   * Converts a camelCase name to snake_case: {@code practitionerId} to {@code practitioner_id}.
   *
   * @param camel the camelCase name
   * @return the snake_case name
   */
  public static String snakeCase(String camel) {
    StringBuilder snake = new StringBuilder(camel.length() + 4);
    for (char c : camel.toCharArray()) {
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString();
  }

  /**
   * Converts a snake_case name to camelCase: {@code health_profile} to {@code healthProfile}.
   *
   * @param snake the snake_case name
   * @return the camelCase name
   */
  public static String camelCase(String snake) {
    StringBuilder camel = new StringBuilder(snake.length());
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = camel.length() > 0;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }

  /**
   * Names the kind of a JSON value for messages, without its content.
   *
   * @param value the value
   * @return "an object", "an array", "a string", …
   */
  public static String kind(JsonNode value) {
    switch (value.getNodeType()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return value.getNodeType().name().toLowerCase(Locale.ROOT);
    }
  }

  private Map.Entry<String, JsonNode> find(String name) {
    Map.Entry<String, JsonNode> field = present(name);
    // the snake_case name is made only when the camelCase one is absent (most payloads use it)
    return field != null ? field : present(snakeCase(name));
  }

  private Map.Entry<String, JsonNode> present(String key) {
    JsonNode value = object.get(key);
    return value != null && !value.isNull() ? Map.entry(key, value) : null;
  }

  private RuntimeException wrongKind(Map.Entry<String, JsonNode> field, String expected) {
    return JsonPayload.malformed(
        path
            + "."
            + field.getKey()
            + " must be "
            + expected
            + ", but is "
            + kind(field.getValue())
            + (field.getValue().isTextual() ? " in another format" : ""));
  }
}
