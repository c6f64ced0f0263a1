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

/**
 * Checks a frame of the feed against its payload schema in {@code
 * openapi/gradiant-realtime.asyncapi.yaml} (whose {@code Booking} refers to {@code
 * gradiant-v1.yaml}); JSON Schema 2020-12, formats asserted.
 */
final class FeedContract {
  private static final String BASE = "https://sandbox-test.gradiant.invalid/";
  private static final String ASYNCAPI = BASE + "gradiant-realtime.asyncapi.yaml";
  private static final Map<String, String> SCHEMAS =
      Map.ofEntries(
          Map.entry("authenticated", "Authenticated"),
          Map.entry("subscribed", "Subscribed"),
          Map.entry("unsubscribed", "Unsubscribed"),
          Map.entry("resync_required", "ResyncRequired"),
          Map.entry("booking_update", "BookingUpdate"),
          Map.entry("message", "MessageEvent"),
          Map.entry("message_accepted", "MessageAccepted"),
          Map.entry("typing", "Typing"),
          Map.entry("webrtc_signal", "WebrtcSignal"),
          Map.entry("pong", "Pong"),
          Map.entry("error", "ErrorMessage"));
  private static final FeedContract INSTANCE = load();

  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();

  private FeedContract(String asyncapi, String rest) throws IOException {
    new YAMLMapper().readTree(asyncapi);
    this.factory =
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
  }

  static FeedContract get() {
    return INSTANCE;
  }

  /** {@return what in {@code frame} breaks its type's schema; empty when it conforms} */
  List<String> check(JsonNode frame) {
    String schema = SCHEMAS.get(frame.path("type").asText());
    if (schema == null) {
      return List.of("the contract has no server message of type " + frame.path("type"));
    }
    JsonSchema validator =
        factory.getSchema(SchemaLocation.of(ASYNCAPI + "#/components/schemas/" + schema), config);
    return validator.validate(frame).stream().map(ValidationMessage::toString).toList();
  }

  private static FeedContract load() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path openapi = dir.resolve("openapi");
      if (Files.isRegularFile(openapi.resolve("gradiant-realtime.asyncapi.yaml"))) {
        try {
          return new FeedContract(
              Files.readString(openapi.resolve("gradiant-realtime.asyncapi.yaml")),
              Files.readString(openapi.resolve("gradiant-v1.yaml")));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("openapi/gradiant-realtime.asyncapi.yaml not found");
  }
}
