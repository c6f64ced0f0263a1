package dev.gradiant.sdk.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.contract.OpenApiSpec;
import dev.gradiant.sdk.contract.OpenApiSpec.Located;
import dev.gradiant.sdk.contract.SpecOperation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One error answer the spec documents for an operation, with one of its examples: what Prism is
 * asked for ({@link #prefer()}) and what the SDK must then report.
 *
 * @param operationId e.g. {@code createBooking}
 * @param status the concrete status asked for; a range is asked for as each status it stands for
 *     ({@link #STATUSES_OF_5XX} for {@code 5XX}, {@code N00} for any other {@code NXX})
 * @param documentedAs the response's key in the spec: {@code 409}, {@code 5XX}
 * @param exampleName the example's name, or {@code null} when the response has a lone {@code
 *     example} or none
 * @param errorCode the example's error code: {@code error.code}, or {@code error} itself for an
 *     OAuth error ({@code invalid_grant}); {@code null} without an example
 * @param requestId the request id the SDK must report: the documented {@code X-Request-ID} header
 *     example (the header wins over the body), else the example's {@code meta.requestId}
 * @param headers each documented header with its example value, e.g. {@code Retry-After: 30}
 */
record DocumentedError(
    String operationId,
    int status,
    String documentedAs,
    String exampleName,
    String errorCode,
    String requestId,
    Map<String, String> headers) {

  private static final String JSON = "application/json";

  /**
   * What a {@code 5XX} is asked for as: the statuses the contract's {@code ServerError} names (a
   * server failure, a bad gateway, unavailable, a gateway timeout).
   */
  static final List<Integer> STATUSES_OF_5XX = List.of(500, 502, 503, 504);

  /** {@return the {@code Prefer} header that makes Prism give this answer} */
  String prefer() {
    return "code=" + status + (exampleName == null ? "" : ", example=" + exampleName);
  }

  @Override
  public String toString() {
    return operationId
        + " "
        + status
        + (documentedAs.equals(String.valueOf(status)) ? "" : " (" + documentedAs + ")")
        + (exampleName == null ? "" : " " + exampleName);
  }

  /**
   * Whether {@code response} is in GraphQL's own format ({@code POST /graphql}'s {@code 400}, only
   * {@code application/graphql-response+json}): the SDK throws a {@code GraphqlException} for it,
   * not an {@code ApiException}.
   */
  private static boolean isGraphqlsOwn(Located response) {
    JsonNode content = response.node().path("content");
    return content.has("application/graphql-response+json") && !content.has(JSON);
  }

  /**
   * Every documented non-2xx answer in the error envelope of every operation of {@code spec}, each
   * example apart.
   */
  static List<DocumentedError> of(OpenApiSpec spec) {
    List<DocumentedError> errors = new ArrayList<>();
    for (SpecOperation op : spec.operations()) {
      Located responses = spec.resolve(op.pointer() + "/responses");
      for (Iterator<String> keys = responses.node().fieldNames(); keys.hasNext(); ) {
        String key = keys.next();
        if (key.startsWith("2")) {
          continue;
        }
        Located response = spec.resolve(responses.child(key).pointer());
        if (isGraphqlsOwn(response)) {
          continue; // not an error envelope: GraphqlConformanceTest asks for it
        }
        Map<String, String> headers = headers(spec, response.child("headers"));
        Map<String, JsonNode> examples = examples(spec, response.child("content", JSON));
        for (int status : statuses(key)) {
          if (examples.isEmpty()) {
            errors.add(
                new DocumentedError(
                    op.operationId(),
                    status,
                    key,
                    null,
                    null,
                    headers.get("X-Request-ID"),
                    headers));
          }
          examples.forEach(
              (name, body) ->
                  errors.add(
                      new DocumentedError(
                          op.operationId(),
                          status,
                          key,
                          name.isEmpty() ? null : name,
                          errorCode(body),
                          headers.getOrDefault(
                              "X-Request-ID", textOrNull(body.path("meta").path("requestId"))),
                          headers)));
        }
      }
    }
    return List.copyOf(errors);
  }

  private static List<Integer> statuses(String key) {
    if (key.equalsIgnoreCase("5XX")) {
      return STATUSES_OF_5XX;
    }
    if (key.toUpperCase(Locale.ROOT).endsWith("XX")) {
      return List.of(Integer.parseInt(key.substring(0, 1)) * 100);
    }
    return List.of(Integer.parseInt(key));
  }

  /** Named examples in document order; a lone {@code example} under the name {@code ""}. */
  private static Map<String, JsonNode> examples(OpenApiSpec spec, Located content) {
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    if (content.node().isMissingNode()) {
      return examples;
    }
    if (content.node().has("example")) {
      examples.put("", content.node().get("example"));
    }
    for (Iterator<String> names = content.node().path("examples").fieldNames(); names.hasNext(); ) {
      String name = names.next();
      examples.put(
          name, spec.resolve(content.child("examples", name).pointer()).node().path("value"));
    }
    return examples;
  }

  private static Map<String, String> headers(OpenApiSpec spec, Located headers) {
    Map<String, String> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (Iterator<String> names = headers.node().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      Located header = spec.resolve(headers.child(name).pointer());
      JsonNode example = header.node().path("example");
      if (example.isMissingNode() && header.node().has("schema")) {
        example = spec.resolve(header.child("schema").pointer()).node().path("example");
      }
      if (!example.isMissingNode()) {
        result.put(name, example.asText());
      }
    }
    return Collections.unmodifiableMap(result);
  }

  private static String errorCode(JsonNode body) {
    JsonNode error = body.path("error");
    return error.isTextual() ? error.asText() : textOrNull(error.path("code"));
  }

  private static String textOrNull(JsonNode node) {
    return node.isValueNode() && !node.isNull() ? node.asText() : null;
  }
}
