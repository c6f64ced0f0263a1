package dev.gradiant.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The messages a server may send on one channel of {@code openapi/gradiant-realtime.asyncapi.yaml}
 * (the {@code feed}, or {@code graphql} for {@code graphql-transport-ws}): those of the channel's
 * {@code send} operations and the replies of its {@code receive} operations, each checked against
 * its message's payload schema (whose {@code Booking} refers to {@code gradiant-v1.yaml}), keyed by
 * the message's {@code name} (its {@code type}). JSON Schema 2020-12, formats asserted.
 */
final class ServerFrameContract {
  private static final String BASE = "https://sandbox-test.gradiant.invalid/";
  private static final String ASYNCAPI = BASE + "gradiant-realtime.asyncapi.yaml";
  private static final ServerFrameContract FEED = load("feed");
  private static final ServerFrameContract GRAPHQL = load("graphql");

  private final String channel;
  private final Map<String, JsonSchema> schemasByType;

  private ServerFrameContract(String channel, Map<String, JsonSchema> schemasByType) {
    this.channel = channel;
    this.schemasByType = schemasByType;
  }

  /** {@return the server's messages of the {@code feed} channel} */
  static ServerFrameContract feed() {
    return FEED;
  }

  /** {@return the server's messages of the {@code graphql} channel} */
  static ServerFrameContract graphql() {
    return GRAPHQL;
  }

  /** {@return the {@code type} of every message the contract lets a server send, sorted} */
  List<String> serverTypes() {
    return List.copyOf(schemasByType.keySet());
  }

  /** {@return what in {@code frame} breaks its type's payload schema; empty when it conforms} */
  List<String> check(JsonNode frame) {
    JsonSchema schema = schemasByType.get(frame.path("type").asText());
    if (schema == null) {
      return List.of(
          "the " + channel + " channel has no server message of type " + frame.path("type"));
    }
    return schema.validate(frame).stream().map(ValidationMessage::toString).toList();
  }

  private static ServerFrameContract load(String channel) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path openapi = dir.resolve("openapi");
      if (Files.isRegularFile(openapi.resolve("gradiant-realtime.asyncapi.yaml"))) {
        try {
          return read(
              channel,
              Files.readString(openapi.resolve("gradiant-realtime.asyncapi.yaml")),
              Files.readString(openapi.resolve("gradiant-v1.yaml")));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("openapi/gradiant-realtime.asyncapi.yaml not found");
  }

  private static ServerFrameContract read(String channel, String asyncapi, String rest)
      throws IOException {
    JsonNode root = new YAMLMapper().readTree(asyncapi);
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
                                Map.of(ASYNCAPI, asyncapi, BASE + "gradiant-v1.yaml", rest))));
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_POINTER)
            .build();
    Map<String, JsonSchema> schemas = new TreeMap<>();
    for (JsonNode operation : root.path("operations")) {
      if (!operation.path("channel").path("$ref").asText().equals("#/channels/" + channel)) {
        continue;
      }
      JsonNode sent =
          operation.path("action").asText().equals("send")
              ? operation.path("messages")
              : operation.path("reply").path("messages");
      for (JsonNode message : sent) {
        String inChannel = at(root, message.path("$ref").asText());
        String component = at(root, root.at(inChannel.substring(1)).path("$ref").asText());
        String type = root.at(component.substring(1)).path("name").asText();
        schemas.put(
            type, factory.getSchema(SchemaLocation.of(ASYNCAPI + component + "/payload"), config));
      }
    }
    return new ServerFrameContract(channel, schemas);
  }

  /** {@return {@code ref} itself, after checking it points into the document} */
  private static String at(JsonNode root, String ref) {
    if (!ref.startsWith("#/") || root.at(ref.substring(1)).isMissingNode()) {
      throw new IllegalStateException("not a local $ref of the document: " + ref);
    }
    return ref;
  }
}
