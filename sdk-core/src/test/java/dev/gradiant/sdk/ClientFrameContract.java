package dev.gradiant.sdk;

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
import java.util.Set;
import java.util.function.Predicate;

/**
 * The messages a client may send on one channel of {@code openapi/gradiant-realtime.asyncapi.yaml}:
 * the {@code receive} operations of that channel, their messages, and each message's payload
 * schema, keyed by the message's {@code name} (its {@code type}). {@link #violations} checks one
 * frame against the schema of its {@code type}, formats asserted, so that every frame the SDK sends
 * in a test is checked against the contract.
 */
public final class ClientFrameContract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BASE = "https://contract.gradiant.invalid/";
  private static final String DOCUMENT = "gradiant-realtime.asyncapi.yaml";
  private static final ClientFrameContract FEED = load("feed", Set.of());
  // pong answers the server's ping: a reply on the graphql channel, sent by the client too
  private static final ClientFrameContract GRAPHQL = load("graphql", Set.of("pong"));

  private final String channel;
  private final Map<String, JsonSchema> schemasByType;

  private ClientFrameContract(String channel, Map<String, JsonSchema> schemasByType) {
    this.channel = channel;
    this.schemasByType = schemasByType;
  }

  /** {@return the client's messages of the {@code feed} channel} */
  public static ClientFrameContract feed() {
    return FEED;
  }

  /**
   * {@return the client's messages of the {@code graphql} channel ({@code graphql-transport-ws})}
   */
  public static ClientFrameContract graphql() {
    return GRAPHQL;
  }

  /** {@return the {@code type} values of the client's messages, e.g. {@code auth}} */
  public List<String> clientTypes() {
    return schemasByType.keySet().stream().sorted().toList();
  }

  /**
   * Checks one frame the client sent.
   *
   * @param frame the frame's text
   * @return what is wrong with it as a client message; empty when it is valid
   */
  public List<String> violations(String frame) {
    JsonNode json;
    try {
      json = JSON.readTree(frame);
    } catch (IOException e) {
      return List.of("not JSON");
    }
    String type = json.path("type").asText(null);
    JsonSchema schema = type == null ? null : schemasByType.get(type);
    if (schema == null) {
      return List.of("type " + type + " is no client message of the " + channel + " channel");
    }
    return schema.validate(json).stream().map(message -> type + ": " + message).toList();
  }

  private static ClientFrameContract load(String channel, Set<String> replies) {
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
      String ref = "#/channels/" + channel;
      for (JsonNode operation : root.path("operations")) {
        if (!operation.path("channel").path("$ref").asText().equals(ref)) {
          continue;
        }
        if (operation.path("action").asText().equals("receive")) {
          for (JsonNode message : operation.path("messages")) {
            put(schemas, root, factory, config, message, type -> true);
          }
        }
        for (JsonNode message : operation.path("reply").path("messages")) {
          put(schemas, root, factory, config, message, replies::contains);
        }
      }
      return new ClientFrameContract(channel, Map.copyOf(schemas));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the schema of a channel's {@code message}, if its type is {@code wanted}. */
  private static void put(
      Map<String, JsonSchema> schemas,
      JsonNode root,
      JsonSchemaFactory factory,
      SchemaValidatorsConfig config,
      JsonNode message,
      Predicate<String> wanted) {
    String component = resolve(root, message.path("$ref").asText()).path("$ref").asText();
    String type = resolve(root, component).path("name").asText();
    if (wanted.test(type)) {
      schemas.put(
          type,
          factory.getSchema(SchemaLocation.of(BASE + DOCUMENT + component + "/payload"), config));
    }
  }

  private static JsonNode resolve(JsonNode root, String ref) {
    if (!ref.startsWith("#/")) {
      throw new IllegalStateException("not a local $ref: " + ref);
    }
    return root.at(ref.substring(1));
  }
}
