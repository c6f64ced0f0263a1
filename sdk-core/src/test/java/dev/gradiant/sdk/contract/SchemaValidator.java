package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON values against schemas of the spec, by JSON pointer, with the OpenAPI 3.1 dialect
 * of JSON Schema 2020-12 (formats asserted). The spec is served to the validator from memory under
 * a made-up IRI, so nothing is fetched.
 */
final class SchemaValidator {
  private static final String DOCUMENT_IRI = "https://contract.gradiant.invalid/gradiant-v1.yaml";

  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();
  private final Map<String, JsonSchema> cache = new ConcurrentHashMap<>();

  SchemaValidator(String specText) {
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(DOCUMENT_IRI, specText))));
  }

  /**
   * {@return what is wrong with {@code value}, one line per problem, e.g. {@code /email: does not
   * match the email pattern ...}; empty when it is valid}
   */
  List<String> validate(String schemaPointer, JsonNode value) {
    JsonSchema schema =
        cache.computeIfAbsent(
            schemaPointer,
            pointer ->
                factory.getSchema(
                    SchemaLocation.of(DOCUMENT_IRI + "#" + fragment(pointer)), config));
    return schema.validate(value).stream().map(SchemaValidator::describe).sorted().toList();
  }

  private static String describe(ValidationMessage message) {
    String text = message.getMessage();
    return text.startsWith(": ") ? "(root)" + text : text;
  }

  /** A JSON pointer as a URI fragment: {@code {id}} becomes {@code %7Bid%7D}. */
  private static String fragment(String pointer) {
    StringBuilder out = new StringBuilder();
    for (byte b : pointer.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (b >= 0 && (Character.isLetterOrDigit(c) || "/~-._!$&'()*+,;=:@".indexOf(c) >= 0)) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
