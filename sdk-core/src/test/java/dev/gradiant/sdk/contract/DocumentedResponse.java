package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.contract.OpenApiSpec.Located;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import mockwebserver3.MockResponse;
import okhttp3.Headers;

/**
 * An operation's documented success: the lowest 2xx status, each documented header with its example
 * value, and the first example of the {@code application/json} content, or else of the first {@code
 * +json} content ({@code application/graphql-response+json}); no body for a response without
 * content, such as a 204.
 *
 * @param status e.g. 201
 * @param headers e.g. {@code X-RateLimit-Limit: 100}, {@code X-Request-ID: req_123}
 * @param body the example, or {@code null} when the response has no JSON content
 * @param bodySchemaPointer JSON pointer to the content's schema, or {@code null} without content
 */
record DocumentedResponse(
    int status, Headers headers, JsonNode body, String bodySchemaPointer, String mediaType) {
  private static final String JSON = "application/json";

  static DocumentedResponse of(OpenApiSpec spec, SpecOperation op) {
    Located responses = spec.resolve(op.pointer() + "/responses");
    List<String> codes = new ArrayList<>();
    responses.node().fieldNames().forEachRemaining(codes::add);
    String code =
        codes.stream()
            .filter(c -> c.startsWith("2"))
            .sorted()
            .findFirst()
            .orElseThrow(() -> new IllegalStateException(op + " documents no 2xx response"));
    Located response = spec.resolve(responses.child(code).pointer());
    String mediaType = jsonMediaType(response.child("content").node());
    Located content = response.child("content", mediaType);
    return new DocumentedResponse(
        code.equalsIgnoreCase("2XX") ? 200 : Integer.parseInt(code),
        headers(spec, response.child("headers")),
        content.node().isMissingNode() ? null : example(spec, op, content),
        content.node().isMissingNode() ? null : content.child("schema").pointer(),
        mediaType);
  }

  /** {@code application/json} if documented, else the first {@code +json} media type. */
  private static String jsonMediaType(JsonNode content) {
    if (content.has(JSON)) {
      return JSON;
    }
    for (Iterator<String> names = content.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.endsWith("+json")) {
        return name;
      }
    }
    return JSON;
  }

  MockResponse toMockResponse() {
    MockResponse.Builder response = new MockResponse.Builder().code(status);
    headers.forEach(header -> response.addHeader(header.getFirst(), header.getSecond()));
    if (body != null) {
      response.setHeader("Content-Type", mediaType).body(body.toString());
    }
    return response.build();
  }

  private static Headers headers(OpenApiSpec spec, Located headers) {
    Headers.Builder result = new Headers.Builder();
    for (Iterator<String> names = headers.node().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      Located header = spec.resolve(headers.child(name).pointer());
      JsonNode example = header.node().path("example");
      if (example.isMissingNode()) {
        example = spec.resolve(header.child("schema").pointer()).node().path("example");
      }
      if (!example.isMissingNode()) {
        result.add(name, example.asText());
      }
    }
    return result.build();
  }

  private static JsonNode example(OpenApiSpec spec, SpecOperation op, Located content) {
    if (content.node().has("example")) {
      return content.node().get("example");
    }
    Iterator<String> names = content.node().path("examples").fieldNames();
    if (!names.hasNext()) {
      throw new IllegalStateException(op + " has no example for its success response");
    }
    Located example = spec.resolve(content.child("examples", names.next()).pointer());
    return example.node().path("value");
  }
}
