package dev.gradiant.sdk.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON values as plain, unmodifiable Java, so no Jackson type reaches the public API: an object is
 * a {@code Map<String, Object>} in the payload's key order, an array a {@code List<Object>}, a
 * string a {@code String}, a whole number an {@code Integer}, {@code Long} or {@code BigInteger}
 * (the smallest that holds it), a number with a fraction or exponent an exact {@code BigDecimal}, a
 * boolean a {@code Boolean}, and JSON {@code null} a {@code null} entry.
 */
public final class PlainJson {
  private PlainJson() {}

  /**
   * Converts a JSON object.
   *
   * @param object the object
   * @return an unmodifiable map, unmodifiable at every depth
   */
  public static Map<String, Object> of(ObjectNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> member : object.properties()) {
      map.put(member.getKey(), value(member.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Copies a map of plain Java values deeply: nested maps and collections become unmodifiable
   * copies, other values are kept as they are.
   *
   * @param field the argument's name, used in the exception message
   * @param object the map to copy
   * @return an unmodifiable copy, unmodifiable at every depth
   * @throws IllegalArgumentException if a key, at any depth, is not a string
   */
  public static Map<String, Object> copy(String field, Map<?, ?> object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      if (!(entry.getKey() instanceof String key)) {
        throw new IllegalArgumentException(field + " must have string keys, like a JSON object");
      }
      map.put(key, copyValue(field + "." + key, entry.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  private static Object copyValue(String path, Object value) {
    if (value instanceof Map<?, ?> map) {
      return copy(path, map);
    }
    if (value instanceof Collection<?> items) {
      List<Object> list = new ArrayList<>(items.size());
      int index = 0;
      for (Object item : items) {
        list.add(copyValue(path + "[" + index++ + "]", item));
      }
      return Collections.unmodifiableList(list);
    }
    return value;
  }

  private static Object value(JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT:
        return of((ObjectNode) node);
      case ARRAY:
        List<Object> list = new ArrayList<>(node.size());
        node.forEach(item -> list.add(value(item)));
        return Collections.unmodifiableList(list);
      case STRING:
        return node.textValue();
      case BOOLEAN:
        return node.booleanValue();
      case NUMBER:
        return number(node);
      default:
        return null;
    }
  }

  private static Object number(JsonNode node) {
    if (!node.isIntegralNumber()) {
      return node.decimalValue();
    }
    if (node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.canConvertToLong()) {
      return node.longValue();
    }
    return node.bigIntegerValue();
  }
}
