package dev.gradiant.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/**
 * One JSON:API resource object ({@code {"id", "type", "attributes": {…}, "relationships": {…}}})
 * turned into the flat object the models read: {@code id}, then every attribute beside it, then one
 * {@code <name>Id} per to-one relationship ({@code <name>Ids} per to-many one, its name's final
 * {@code s} dropped) that the attributes do not already carry. {@code type}, {@code links} and
 * {@code meta} are dropped: no model has a field for them. An attribute named {@code id} (which
 * JSON:API forbids) does not replace the resource's own. An object with any other member is not a
 * resource object: it is one of the contract's models, read as it is.
 */
final class JsonApiResource {
  private static final String ID = "id";
  private static final String ATTRIBUTES = "attributes";
  private static final String RELATIONSHIPS = "relationships";

  private JsonApiResource() {}

  /**
   * The members JSON:API allows in a resource object, and no other: a model that has a {@code type}
   * and gains an {@code attributes} field still has fields of its own beside them.
   */
  private static final Set<String> MEMBERS =
      Set.of(ID, "lid", "type", ATTRIBUTES, RELATIONSHIPS, "links", "meta");

  /**
   * {@return whether {@code node} is a resource object: an object with a textual {@code type}, an
   * {@code attributes} object, and no member JSON:API does not allow there}
   */
  static boolean is(JsonNode node) {
    if (node == null
        || !node.isObject()
        || !node.path("type").isTextual()
        || !node.path(ATTRIBUTES).isObject()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> member : node.properties()) {
      if (!MEMBERS.contains(member.getKey())) {
        return false;
      }
    }
    return true;
  }

  /** {@return the flat form of {@code resource}, which must satisfy {@link #is}} */
  static ObjectNode flatten(ObjectNode resource) {
    ObjectNode flat = resource.objectNode();
    JsonNode id = resource.get(ID);
    if (id != null) {
      flat.set(ID, id);
    }
    for (Map.Entry<String, JsonNode> attribute : resource.get(ATTRIBUTES).properties()) {
      if (!attribute.getKey().equals(ID)) {
        flat.set(attribute.getKey(), attribute.getValue());
      }
    }
    JsonNode relationships = resource.get(RELATIONSHIPS);
    if (relationships != null && relationships.isObject()) {
      for (Map.Entry<String, JsonNode> relationship : relationships.properties()) {
        addLinkage(flat, relationship.getKey(), relationship.getValue().path("data"));
      }
    }
    return flat;
  }

  /** Adds the ids a relationship's {@code data} (its resource linkage) names. */
  private static void addLinkage(ObjectNode flat, String name, JsonNode linkage) {
    String camel = FieldNames.camelCase(name);
    if (linkage.isObject() || linkage.isNull()) {
      putIfAbsent(flat, camel + "Id", linkage.path(ID).isValueNode() ? linkage.get(ID) : null);
    } else if (linkage.isArray()) {
      ArrayNode ids = flat.arrayNode();
      for (JsonNode identifier : linkage) {
        if (identifier.path(ID).isValueNode()) {
          ids.add(identifier.get(ID));
        }
      }
      String singular = camel.endsWith("s") ? camel.substring(0, camel.length() - 1) : camel;
      putIfAbsent(flat, singular + "Ids", ids);
    }
  }

  /** Sets {@code name} unless an attribute already gave it, in camelCase or in snake_case. */
  private static void putIfAbsent(ObjectNode flat, String name, JsonNode value) {
    if (!flat.has(name) && !flat.has(FieldNames.snakeCase(name))) {
      flat.set(name, value == null ? flat.nullNode() : value);
    }
  }
}
