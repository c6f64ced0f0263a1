package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.MultipartParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;

/**
 * Reads a {@code multipart/form-data} body as OpenAPI does: each part is a property of the schema's
 * object (a file part's value standing in as a string, a text part's value as its text); each
 * part's {@code Content-Type} must be one the media type's {@code encoding} lists for it (text
 * parts default to {@code text/plain}); a part whose property has {@code contentMediaType} is a
 * file, which must carry a {@code filename} and be no larger than its {@code x-max-size}.
 */
final class MultipartCheck {
  static final String MEDIA_TYPE = "multipart/form-data";

  private final OpenApiSpec spec;
  private final String schemaPointer;

  /**
   * @param spec the contract
   * @param schemaPointer the pointer to the media type's {@code schema}
   */
  MultipartCheck(OpenApiSpec spec, String schemaPointer) {
    this.spec = spec;
    this.schemaPointer = schemaPointer;
  }

  /** {@return the parts as a JSON object to validate; what is wrong otherwise goes to problems} */
  JsonNode fields(String contentType, byte[] body, List<String> problems) {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    List<MultipartParts.Part> parts;
    try {
      parts = MultipartParts.parse(contentType, body);
    } catch (IllegalArgumentException e) {
      problems.add("sends a multipart body that does not parse: " + e.getMessage());
      return fields;
    }
    JsonNode properties = spec.resolve(schemaPointer).node().path("properties");
    JsonNode encoding = spec.at(encodingPointer());
    List<String> local = new ArrayList<>();
    for (MultipartParts.Part part : parts) {
      String name = part.name();
      if (fields.has(name)) {
        local.add("sends the multipart part '" + name + "' more than once");
      }
      JsonNode property = properties.path(name);
      boolean file = property.has("contentMediaType");
      checkType(name, part, encoding == null ? null : encoding.path(name), local);
      if (file) {
        checkFile(name, part, property, local);
        fields.put(name, "(" + part.bytes().length + " bytes)");
      } else {
        fields.put(name, part.text());
      }
    }
    problems.addAll(local);
    return fields;
  }

  private String encodingPointer() {
    return schemaPointer.substring(0, schemaPointer.length() - "/schema".length()) + "/encoding";
  }

  private static void checkType(
      String name, MultipartParts.Part part, JsonNode encoding, List<String> problems) {
    String sent = part.contentType() == null ? "text/plain" : part.contentType();
    MediaType parsed = MediaType.parse(sent);
    if (parsed == null) {
      problems.add("sends the part '" + name + "' with an invalid Content-Type " + sent);
      return;
    }
    if (encoding == null || encoding.isMissingNode() || !encoding.has("contentType")) {
      return;
    }
    String essence = (parsed.type() + "/" + parsed.subtype()).toLowerCase(Locale.ROOT);
    List<String> allowed = new ArrayList<>();
    for (String type : encoding.path("contentType").asText().split(",")) {
      allowed.add(type.trim().toLowerCase(Locale.ROOT));
    }
    if (!allowed.contains(essence)) {
      problems.add(
          "sends the part '" + name + "' as " + essence + "; its encoding allows " + allowed);
    }
  }

  private static void checkFile(
      String name, MultipartParts.Part part, JsonNode property, List<String> problems) {
    if (part.fileName() == null || part.fileName().isEmpty()) {
      problems.add("sends the file part '" + name + "' without a filename");
    }
    if (property.has("x-max-size") && part.bytes().length > property.path("x-max-size").asLong()) {
      problems.add(
          "sends "
              + part.bytes().length
              + " bytes in the file part '"
              + name
              + "', over its x-max-size of "
              + property.path("x-max-size").asLong());
    }
  }
}
