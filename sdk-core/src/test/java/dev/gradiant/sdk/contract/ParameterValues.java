package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a parameter's text (query, path or header) into the JSON value its schema's {@code type}
 * says, so that the schema's other keywords (enum, minimum, format...) can check it.
 */
final class ParameterValues {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParameterValues() {}

  /** The value as JSON, or empty when the text is not of any of the schema's types. */
  static Optional<JsonNode> coerce(String text, JsonNode schema) {
    for (String type : types(schema)) {
      switch (type) {
        case "integer":
          if (INTEGER.matcher(text).matches()) {
            return Optional.of(NODES.numberNode(new BigInteger(text)));
          }
          break;
        case "number":
          if (NUMBER.matcher(text).matches()) {
            return Optional.of(NODES.numberNode(new BigDecimal(text)));
          }
          break;
        case "boolean":
          if (text.equals("true") || text.equals("false")) {
            return Optional.of(NODES.booleanNode(Boolean.parseBoolean(text)));
          }
          break;
        case "string":
          return Optional.of(NODES.textNode(text));
        default:
          break;
      }
    }
    return Optional.empty();
  }

  /** The schema's types in a stable order; {@code string} when it names none. */
  static List<String> types(JsonNode schema) {
    JsonNode type = schema.path("type");
    List<String> types = new ArrayList<>();
    if (type.isTextual()) {
      types.add(type.asText());
    } else if (type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else {
      types.add("string");
    }
    types.remove("null");
    return types;
  }
}
