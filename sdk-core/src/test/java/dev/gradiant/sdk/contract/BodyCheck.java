package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;

/**
 * The body: sent exactly when the operation has a request body (always when it is required), with a
 * declared {@code Content-Type}, and, for JSON, form and multipart bodies, valid against that media
 * type's schema. A {@code multipart/form-data} body is read part by part ({@link MultipartCheck}):
 * its fields validated as a JSON object against the schema, each part's media type against the
 * media type's {@code encoding}, a file part's size against the property's {@code x-max-size}.
 */
final class BodyCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String FORM = "application/x-www-form-urlencoded";

  private final OpenApiSpec spec;

  BodyCheck(OpenApiSpec spec) {
    this.spec = spec;
  }

  List<String> check(SpecOperation op, ContractRequest request) {
    SpecBody declared = op.body();
    boolean sent = request.body() != null;
    if (declared == null) {
      return sent
          ? List.of("sends a body, but " + op.operationId() + " has no requestBody")
          : List.of();
    }
    if (!sent) {
      return declared.required()
          ? List.of("sends no body, but the requestBody of " + op.operationId() + " is required")
          : List.of();
    }
    String contentType = request.headers().get("Content-Type");
    MediaType mediaType = contentType == null ? null : MediaType.parse(contentType);
    String essence =
        mediaType == null
            ? null
            : (mediaType.type() + "/" + mediaType.subtype()).toLowerCase(Locale.ROOT);
    String schemaPointer = essence == null ? null : declared.schemaPointers().get(essence);
    if (schemaPointer == null) {
      return List.of(
          "sends Content-Type "
              + contentType
              + "; "
              + op.operationId()
              + " accepts "
              + declared.schemaPointers().keySet());
    }
    JsonNode body;
    if (essence.equals(FORM)) {
      List<String> problems = new ArrayList<>();
      body = formFields(request.body().utf8(), problems);
      if (!problems.isEmpty()) {
        return problems;
      }
    } else if (essence.equals(MultipartCheck.MEDIA_TYPE)) {
      List<String> problems = new ArrayList<>();
      body =
          new MultipartCheck(spec, schemaPointer)
              .fields(contentType, request.body().toByteArray(), problems);
      if (!problems.isEmpty()) {
        return problems;
      }
    } else if (essence.endsWith("json")) {
      try {
        body = JSON.readTree(request.body().toByteArray());
      } catch (IOException e) {
        return List.of("sends a body that is not valid JSON");
      }
    } else {
      return List.of();
    }
    String schemaName = schemaName(schemaPointer);
    return spec.schemas().validate(schemaPointer, body).stream()
        .map(problem -> "body does not match " + schemaName + ": " + problem)
        .toList();
  }

  /**
   * A form body as the JSON object of its fields, every value a string (as OpenAPI reads it); a
   * field that cannot be decoded or is sent twice (a schema of single values could not see it) is
   * added to {@code problems} instead.
   */
  private static JsonNode formFields(String form, List<String> problems) {
    ObjectNode fields = JSON.createObjectNode();
    for (String pair : form.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name;
        String value;
        try {
          name = decode(eq < 0 ? pair : pair.substring(0, eq));
          value = decode(eq < 0 ? "" : pair.substring(eq + 1));
        } catch (IllegalArgumentException e) {
          problems.add(
              "sends a form field that is not URL-encoded: '"
                  + (eq < 0 ? pair : pair.substring(0, eq))
                  + "'");
          continue;
        }
        if (fields.has(name)) {
          problems.add("sends the form field '" + name + "' more than once");
        }
        fields.put(name, value);
      }
    }
    return fields;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private String schemaName(String schemaPointer) {
    String resolved = spec.resolve(schemaPointer).pointer();
    return resolved.startsWith("/components/schemas/")
        ? resolved.substring(resolved.lastIndexOf('/') + 1)
        : "the requestBody schema";
  }
}
