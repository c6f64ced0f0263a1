package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code openapi/gradiant-v1.yaml}, read once: its operations, {@code $ref} lookups, schemas.
 * Public (the reading part) for the conformance suite ({@code dev.gradiant.sdk.conformance}).
 */
public final class OpenApiSpec {
  private static final String RELATIVE_PATH = "openapi/gradiant-v1.yaml";

  private final JsonNode root;
  private final List<SpecOperation> operations;
  private final SchemaValidator schemas;

  private OpenApiSpec(String text) {
    try {
      this.root = new YAMLMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("openapi/gradiant-v1.yaml is not valid YAML", e);
    }
    this.schemas = new SchemaValidator(text);
    this.operations = SpecOperations.read(this);
  }

  /** The project's contract, found by walking up from the working directory. */
  public static OpenApiSpec gradiantV1() {
    return Holder.INSTANCE;
  }

  /** {@return the file, found by walking up from the working directory} */
  public static Path file() {
    return locate();
  }

  /** {@return the whole document} */
  public JsonNode root() {
    return root;
  }

  /** {@return every operation of {@code paths}, in document order} */
  public List<SpecOperation> operations() {
    return operations;
  }

  SchemaValidator schemas() {
    return schemas;
  }

  /** The path every operation is relative to: that of the first server ({@code /v1}). */
  String basePath() {
    String path = URI.create(root.path("servers").path(0).path("url").asText("/")).getPath();
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The node at a JSON pointer ({@code /components/schemas/User}); fails if there is none. */
  JsonNode at(String pointer) {
    JsonNode node = root.at(JsonPointer.compile(pointer));
    if (node.isMissingNode()) {
      throw new IllegalStateException("The spec has nothing at " + pointer);
    }
    return node;
  }

  /** Follows {@code $ref}s from the node at {@code pointer}; returns where it ends and what. */
  public Located resolve(String pointer) {
    String current = pointer;
    JsonNode node = at(current);
    for (int hops = 0; node.has("$ref"); hops++) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#") || hops > 20) {
        throw new IllegalStateException("Unsupported or circular $ref " + ref + " at " + current);
      }
      current = ref.substring(1);
      node = at(current);
    }
    return new Located(current, node);
  }

  /**
   * A node of the spec and the JSON pointer it was found at.
   *
   * @param pointer e.g. {@code /components/responses/NotFound}
   * @param node what is there; a missing node when nothing is
   */
  public record Located(String pointer, JsonNode node) {
    /** {@return the node under this one at {@code tokens}, unescaped, each one level down} */
    public Located child(String... tokens) {
      String path = pointer;
      for (String token : tokens) {
        path += "/" + token.replace("~", "~0").replace("/", "~1");
      }
      return new Located(path, node.at(JsonPointer.compile(path.substring(pointer.length()))));
    }
  }

  private static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(RELATIVE_PATH);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        RELATIVE_PATH + " not found above " + Path.of("").toAbsolutePath());
  }

  private static final class Holder {
    static final OpenApiSpec INSTANCE = load();

    private static OpenApiSpec load() {
      try {
        return new OpenApiSpec(Files.readString(locate()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
