package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The sandbox's one Jackson mapper: exact decimals, strict parsing, compact output. The mapper is
 * built on first use (it is the costliest class to load), so building the demo data at start-up
 * needs only the tree nodes.
 */
public final class Json {
  private Json() {}

  private static final class Holder {
    static final ObjectMapper MAPPER =
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  }

  /** {@return a new empty object} */
  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** {@return a new empty array} */
  public static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /**
   * Parses JSON text.
   *
   * @param bytes UTF-8 JSON
   * @return the tree
   * @throws IOException if it is not one well-formed JSON value
   */
  public static JsonNode parse(byte[] bytes) throws IOException {
    JsonNode node = Holder.MAPPER.readTree(bytes);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty body");
    }
    return node;
  }

  /** {@return {@code node} as compact UTF-8 JSON} */
  public static byte[] bytes(JsonNode node) {
    try {
      return Holder.MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return {@code node} as plain Java: maps, lists, strings, exact numbers, booleans} */
  public static Object toJava(JsonNode node) {
    return Holder.MAPPER.convertValue(node, Object.class);
  }

  /** {@return a Java value (map, list, string, number, boolean) as a JSON tree} */
  public static JsonNode valueOf(Object value) {
    return Holder.MAPPER.valueToTree(value);
  }
}
