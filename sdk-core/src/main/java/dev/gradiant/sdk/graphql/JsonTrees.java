package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.gradiant.sdk.internal.json.Json;
import java.io.IOException;
import java.util.Map;

/**
 * Moves GraphQL values between JSON trees and Java: variables written with the SDK's mapper, data
 * read into a caller's type or into plain Java ({@code Map}, {@code List}, {@code String}, {@code
 * Boolean}, {@code Integer}/{@code Long}/{@code BigInteger}, and {@code BigDecimal} for every
 * number with a fraction or exponent: GraphQL's {@code Decimal} is exact, never binary floating
 * point).
 */
final class JsonTrees {
  private static final ObjectReader PLAIN =
      Json.mapper().readerFor(Object.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /**
   * Reads JSON into trees keeping every number as written: {@code 75.10} stays {@code 75.10}, not
   * the double {@code 75.1} nor a {@code BigDecimal} stripped of its zeros.
   */
  private static final ObjectReader TREE =
      Json.mapper()
          .reader()
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);

  private JsonTrees() {}

  /**
   * @param json a JSON document
   * @return its tree, numbers exact
   * @throws IOException if it is not JSON
   */
  static JsonNode parse(byte[] json) throws IOException {
    return TREE.readTree(json);
  }

  /**
   * @param what what is written, for the message ({@code variable email})
   * @param value a value
   * @return its JSON tree
   * @throws IllegalArgumentException if the mapper cannot write it; the message names its class,
   *     never its content
   */
  static JsonNode write(String what, Object value) {
    try {
      // through bytes, not valueToTree, so that BigDecimal values keep their scale
      return TREE.readTree(Json.mapper().writeValueAsBytes(value));
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          what + " (" + value.getClass().getName() + ") cannot be written as JSON", e);
    }
  }

  /** {@return {@code tree} as plain Java} */
  static Object toPlain(JsonNode tree) {
    try {
      return PLAIN.readValue(PLAIN.treeAsTokens(tree));
    } catch (IOException e) {
      throw new IllegalStateException("A JSON tree could not be read back", e);
    }
  }

  /** {@return the object {@code tree} as a plain Java map} */
  @SuppressWarnings("unchecked")
  static Map<String, Object> toMap(JsonNode tree) {
    return (Map<String, Object>) toPlain(tree);
  }

  /**
   * @param tree a value of the response
   * @param type the Java type to read it as
   * @param <T> that type
   * @return the value
   * @throws IOException if it does not fit {@code type}
   */
  static <T> T read(JsonNode tree, JavaType type) throws IOException {
    ObjectReader reader = PLAIN.forType(type);
    return reader.readValue(reader.treeAsTokens(tree));
  }
}
