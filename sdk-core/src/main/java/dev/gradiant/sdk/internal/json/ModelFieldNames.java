package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Renames the snake_case keys of a JSON tree to the camelCase names of the SDK model it is read
 * into, guided by the model's type: only objects read into one of the SDK's own models (and
 * collections of them) are renamed, at any depth; the content of a free-form field ({@code
 * Map<String, Object>}, such as a session event's {@code data}) is the user's and is left exactly
 * as sent. A key that already is a property name is kept; when a snake_case key and its camelCase
 * twin are both present, the camelCase one wins.
 */
final class ModelFieldNames {
  private static final String MODEL_PACKAGE = "dev.gradiant.sdk.";

  /** Property name to type, per model type: a few dozen entries, one per model. */
  private static final ConcurrentMap<JavaType, Map<String, JavaType>> PROPERTIES =
      new ConcurrentHashMap<>();

  private ModelFieldNames() {}

  /** {@return {@code node} with its keys renamed for {@code type}; may be {@code node} itself} */
  static JsonNode rename(JsonNode node, JavaType type) {
    if (type.isCollectionLikeType() || type.isArrayType()) {
      if (node instanceof ArrayNode array) {
        for (int i = 0; i < array.size(); i++) {
          array.set(i, rename(array.get(i), type.getContentType()));
        }
      }
      return node;
    }
    if (!(node instanceof ObjectNode object) || !isModel(type)) {
      return node;
    }
    Map<String, JavaType> properties = properties(type);
    ObjectNode renamed = object.objectNode();
    List<Map.Entry<String, JsonNode>> snakeCase = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      if (properties.containsKey(name) || !FieldNames.isSnakeCase(name)) {
        renamed.set(name, value(field.getValue(), properties.get(name)));
      } else {
        snakeCase.add(field);
      }
    }
    for (Map.Entry<String, JsonNode> field : snakeCase) {
      String camel = FieldNames.camelCase(field.getKey());
      if (!renamed.has(camel)) {
        renamed.set(camel, value(field.getValue(), properties.get(camel)));
      }
    }
    return renamed;
  }

  /** A property's value, renamed for the property's type; left alone if no property takes it. */
  private static JsonNode value(JsonNode value, JavaType propertyType) {
    return propertyType == null ? value : rename(value, propertyType);
  }

  /** One of the SDK's own records or classes, as opposed to a JDK, container or enum type. */
  private static boolean isModel(JavaType type) {
    return !type.isContainerType()
        && !type.isEnumType()
        && type.getRawClass().getName().startsWith(MODEL_PACKAGE);
  }

  private static Map<String, JavaType> properties(JavaType type) {
    return PROPERTIES.computeIfAbsent(
        type,
        model -> {
          Map<String, JavaType> properties = new HashMap<>();
          for (BeanPropertyDefinition property :
              Json.mapper().getDeserializationConfig().introspect(model).findProperties()) {
            properties.put(property.getName(), property.getPrimaryType());
          }
          return Map.copyOf(properties);
        });
  }
}
