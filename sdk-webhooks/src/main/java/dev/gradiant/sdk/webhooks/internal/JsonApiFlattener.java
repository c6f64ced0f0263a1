package dev.gradiant.sdk.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Turns a JSON:API resource object ({@code {"id", "type", "attributes": {…}, "relationships":
 * {…}}}) into one flat object: the resource's members, then its attributes over them, then one
 * {@code <name>Id} per to-one relationship that the attributes do not already carry. Any other
 * object comes back as it is: the event is read from it and never changes it, and copying it was a
 * good part of reading an event.
 */
public final class JsonApiFlattener {
  private static final String ATTRIBUTES = "attributes";
  private static final String RELATIONSHIPS = "relationships";

  private JsonApiFlattener() {}

  /**
   * Flattens {@code data}; never modifies it.
   *
   * @param data the event's data object
   * @return a new, flat object; {@code data} itself when it is not a resource object
   */
  public static ObjectNode flatten(ObjectNode data) {
    JsonNode attributes = data.get(ATTRIBUTES);
    if (attributes == null || !attributes.isObject()) {
      return data;
    }
    ObjectNode flat = data.objectNode();
    for (Map.Entry<String, JsonNode> member : data.properties()) {
      if (!member.getKey().equals(ATTRIBUTES) && !member.getKey().equals(RELATIONSHIPS)) {
        flat.set(member.getKey(), member.getValue().deepCopy());
      }
    }
    flat.setAll(((ObjectNode) attributes).deepCopy());
    JsonNode relationships = data.get(RELATIONSHIPS);
    if (relationships != null && relationships.isObject()) {
      addRelationshipIds(flat, (ObjectNode) relationships);
    }
    return flat;
  }

  private static void addRelationshipIds(ObjectNode flat, ObjectNode relationships) {
    for (Map.Entry<String, JsonNode> relationship : relationships.properties()) {
      JsonNode id = relationship.getValue().path("data").path("id");
      String camel = JsonFields.camelCase(relationship.getKey()) + "Id";
      if (id.isValueNode() && !flat.has(camel) && !flat.has(JsonFields.snakeCase(camel))) {
        flat.put(camel, id.asText());
      }
    }
  }
}
