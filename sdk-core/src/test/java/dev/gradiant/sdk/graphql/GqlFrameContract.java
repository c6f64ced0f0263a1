package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The messages a client may send on the {@code graphql} channel of {@code
 * openapi/gradiant-realtime.asyncapi.yaml}: the {@code receive} operations of that channel, their
 * messages, and each message's payload schema, keyed by the message's {@code name} (its {@code
 * type}). {@link #violations} checks one frame against the schema of its {@code type}.
 */
final class GqlFrameContract {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://contract.gradiant.invalid/";
  private static final String DOCUMENT = "gradiant-realtime.asyncapi.yaml";
  private static final GqlFrameContract INSTANCE = load();

  private final Map<String, JsonSchema> schemasByType;

  private GqlFrameContract(Map<String, JsonSchema> schemasByType) {
    this.schemasByType = schemasByType;
  }

  static GqlFrameContract graphql() {
    return INSTANCE;
  }

  /** {@return the {@code type} values of the client's messages} */
  List<String> clientTypes() {
    return schemasByType.keySet().stream().sorted().toList();
  }

  /** {@return what is wrong with {@code frame} as a client message; empty when it is valid} */
  List<String> violations(String frame) {
    JsonNode json;
    try {
      json = JSON.readTree(frame);
    } catch (IOException e) {
      return List.of("not JSON");
    }
    String type = json.path("type").asText(null);
    JsonSchema schema = type == null ? null : schemasByType.get(type);
    if (schema == null) {
      return List.of("type " + type + " is no client message of the graphql channel");
    }
    return schema.validate(json).stream().map(message -> type + ": " + message).toList();
  }

  private static GqlFrameContract load() {
    Path openapi = Path.of("..", "openapi");
    try {
      String asyncapi = Files.readString(openapi.resolve(DOCUMENT));
      String rest = Files.readString(openapi.resolve("gradiant-v1.yaml"));
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(asyncapi);
      JsonSchemaFactory factory =
          JsonSchemaFactory.getInstance(
              SpecVersion.VersionFlag.V202012,
              builder ->
                  builder
                      .metaSchema(OpenApi31.getInstance())
                      .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                      .schemaLoaders(
                          loaders ->
                              loaders.schemas(
                                  Map.of(
                                      BASE + DOCUMENT, asyncapi,
                                      BASE + "gradiant-v1.yaml", rest))));
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .formatAssertionsEnabled(true)
              .pathType(PathType.JSON_POINTER)
              .build();
      Map<String, JsonSchema> schemas = new HashMap<>();
      for (JsonNode operation : root.path("operations")) {
        if (!operation.path("action").asText().equals("receive")
            || !operation.path("channel").path("$ref").asText().equals("#/channels/graphql")) {
          continue;
        }
        for (JsonNode message : operation.path("messages")) {
          String component = resolve(root, message.path("$ref").asText()).path("$ref").asText();
          String type = resolve(root, component).path("name").asText();
          schemas.put(
              type,
              factory.getSchema(
                  SchemaLocation.of(BASE + DOCUMENT + component + "/payload"), config));
        }
      }
      // pong answers the server's ping: the ping/pong operation's reply, sent by the client too
      for (JsonNode operation : root.path("operations")) {
        if (operation.path("channel").path("$ref").asText().equals("#/channels/graphql")) {
          for (JsonNode message : operation.path("reply").path("messages")) {
            String component = resolve(root, message.path("$ref").asText()).path("$ref").asText();
            String type = resolve(root, component).path("name").asText();
            if (type.equals("pong")) {
              schemas.put(
                  type,
                  factory.getSchema(
                      SchemaLocation.of(BASE + DOCUMENT + component + "/payload"), config));
            }
          }
        }
      }
      return new GqlFrameContract(Map.copyOf(schemas));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode resolve(JsonNode root, String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("not a local $ref: " + ref);
    }
    return root.at(ref.substring(1));
  }
}
