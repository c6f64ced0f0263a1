package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.contract.OpenApiSpec.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {@code paths} of a spec into {@link SpecOperation}s ({@code webhooks} are not). */
final class SpecOperations {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private SpecOperations() {}

  static List<SpecOperation> read(OpenApiSpec spec) {
    List<SpecOperation> operations = new ArrayList<>();
    Located paths = new Located("", spec.root()).child("paths");
    paths
        .node()
        .fieldNames()
        .forEachRemaining(
            template -> {
              Located item = spec.resolve(paths.child(template).pointer());
              for (String method : METHODS) {
                Located operation = item.child(method);
                if (!operation.node().isMissingNode()) {
                  operations.add(operation(spec, template, method, item, operation));
                }
              }
            });
    return List.copyOf(operations);
  }

  private static SpecOperation operation(
      OpenApiSpec spec, String template, String method, Located item, Located operation) {
    Map<String, SpecParameter> parameters = new LinkedHashMap<>();
    addParameters(spec, item.child("parameters"), parameters);
    addParameters(spec, operation.child("parameters"), parameters);
    JsonNode security =
        operation.node().has("security")
            ? operation.node().get("security")
            : spec.root().path("security");
    return new SpecOperation(
        method.toUpperCase(Locale.ROOT),
        template,
        operation.node().path("operationId").asText(method + " " + template),
        operation.pointer(),
        List.copyOf(parameters.values()),
        security(security),
        body(spec, operation.child("requestBody")));
  }

  private static void addParameters(
      OpenApiSpec spec, Located list, Map<String, SpecParameter> into) {
    for (int i = 0; i < list.node().size(); i++) {
      Located parameter = spec.resolve(list.child(String.valueOf(i)).pointer());
      JsonNode node = parameter.node();
      String in = node.path("in").asText();
      String name = node.path("name").asText();
      into.put(
          in + ":" + name.toLowerCase(Locale.ROOT),
          new SpecParameter(
              name,
              in,
              node.path("required").asBoolean(false),
              parameter.child("schema").pointer()));
    }
  }

  private static List<List<String>> security(JsonNode alternatives) {
    List<List<String>> result = new ArrayList<>();
    for (JsonNode requirement : alternatives) {
      List<String> schemes = new ArrayList<>();
      requirement.fieldNames().forEachRemaining(schemes::add);
      result.add(List.copyOf(schemes));
    }
    return List.copyOf(result);
  }

  private static SpecBody body(OpenApiSpec spec, Located requestBody) {
    if (requestBody.node().isMissingNode()) {
      return null;
    }
    Located body = spec.resolve(requestBody.pointer());
    Located content = body.child("content");
    Map<String, String> schemas = new LinkedHashMap<>();
    content
        .node()
        .fieldNames()
        .forEachRemaining(
            type ->
                schemas.put(
                    type.toLowerCase(Locale.ROOT), content.child(type, "schema").pointer()));
    return new SpecBody(body.node().path("required").asBoolean(false), Map.copyOf(schemas));
  }
}
