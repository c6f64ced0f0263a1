package dev.gradiant.sdk.testing;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks an answer of the sandbox against {@code openapi/gradiant-v1.yaml}: the status is one the
 * operation documents, the body validates against that response's schema (JSON Schema 2020-12,
 * formats asserted), and the documented headers are present.
 */
final class SpecResponses {
  private static final String IRI = "https://sandbox-test.gradiant.invalid/gradiant-v1.yaml";
  private static final SpecResponses INSTANCE = load();

  private final JsonNode root;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder()
          .formatAssertionsEnabled(true)
          .pathType(PathType.JSON_POINTER)
          .build();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  private SpecResponses(String text) throws IOException {
    this.root = new YAMLMapper().readTree(text);
    this.factory =
        JsonSchemaFactory.getInstance(
            SpecVersion.VersionFlag.V202012,
            builder ->
                builder
                    .metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri())
                    .schemaLoaders(loaders -> loaders.schemas(Map.of(IRI, text))));
  }

  static SpecResponses get() {
    return INSTANCE;
  }

  private static SpecResponses load() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path spec = dir.resolve("openapi/gradiant-v1.yaml");
      if (Files.isRegularFile(spec)) {
        try {
          return new SpecResponses(Files.readString(spec));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    throw new IllegalStateException("openapi/gradiant-v1.yaml not found");
  }

  /** {@return the operation's path template for a path below {@code /v1}, or null} */
  String template(String path) {
    String[] segments = path.substring(1).split("/", -1);
    Iterator<String> templates = root.get("paths").fieldNames();
    while (templates.hasNext()) {
      String template = templates.next();
      String[] parts = template.substring(1).split("/", -1);
      if (parts.length != segments.length) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < parts.length && match; i++) {
        match = parts[i].startsWith("{") || parts[i].equals(segments[i]);
      }
      if (match) {
        return template;
      }
    }
    return null;
  }

  /**
   * @param method the request method
   * @param path the request path below {@code /v1}, without query
   * @param status the status answered
   * @param headers the response headers
   * @param body the response body
   * @return what does not match the spec; empty when all does
   */
  List<String> check(String method, String path, int status, HttpHeaders headers, String body) {
    List<String> problems = new ArrayList<>();
    String template = template(path);
    if (template == null) {
      problems.add("no operation for " + path);
      return problems;
    }
    String operation = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT);
    JsonNode responses = at(operation + "/responses");
    String code = Integer.toString(status);
    String key =
        responses.has(code)
            ? code
            : responses.has(code.charAt(0) + "XX") ? code.charAt(0) + "XX" : null;
    if (key == null) {
      problems.add(method + " " + template + " does not document status " + status);
      return problems;
    }
    String pointer = operation + "/responses/" + key;
    while (at(pointer).has("$ref")) {
      pointer = at(pointer).get("$ref").asText().substring(1);
    }
    JsonNode response = at(pointer);
    for (Iterator<String> names = response.path("headers").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      boolean optional =
          name.equals("Cache-Control") || (name.equals("Retry-After") && status != 429);
      if (!optional && headers.firstValue(name).isEmpty()) {
        problems.add(method + " " + template + " " + status + ": header " + name + " missing");
      }
    }
    if (!response.has("content")) {
      if (!body.isEmpty()) {
        problems.add(method + " " + template + " " + status + ": body where none is documented");
      }
      return problems;
    }
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(body);
    } catch (IOException e) {
      problems.add(method + " " + template + " " + status + ": body is not JSON: " + body);
      return problems;
    }
    String schemaPointer = pointer + "/content/application~1json/schema";
    JsonSchema schema =
        schemas.computeIfAbsent(
            schemaPointer,
            p -> factory.getSchema(SchemaLocation.of(IRI + "#" + fragment(p)), config));
    schema
        .validate(json)
        .forEach(m -> problems.add(method + " " + template + " " + status + ": " + m.getMessage()));
    return problems;
  }

  private JsonNode at(String pointer) {
    return root.at(JsonPointer.compile(pointer));
  }

  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

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
