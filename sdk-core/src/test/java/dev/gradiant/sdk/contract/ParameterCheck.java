package dev.gradiant.sdk.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Path, query and header parameters: each one sent is declared and fits its schema, each required
 * one is sent. Headers the spec declares as parameters somewhere (API headers such as {@code
 * Idempotency-Key}) may only go to operations that declare them; other headers ({@code Accept},
 * {@code User-Agent}) are HTTP's business, not the contract's.
 */
final class ParameterCheck {
  private final OpenApiSpec spec;
  private final Set<String> apiHeaders = new HashSet<>();

  ParameterCheck(OpenApiSpec spec) {
    this.spec = spec;
    for (SpecOperation op : spec.operations()) {
      op.parametersIn("header").forEach(p -> apiHeaders.add(lower(p.name())));
    }
  }

  List<String> check(SpecOperation op, ContractRequest request, Map<String, String> pathValues) {
    List<String> violations = new ArrayList<>();
    checkPath(op, pathValues, violations);
    checkQuery(op, request, violations);
    checkHeaders(op, request, violations);
    return violations;
  }

  private void checkPath(SpecOperation op, Map<String, String> values, List<String> out) {
    for (SpecParameter parameter : op.parametersIn("path")) {
      String value = values.get(parameter.name());
      String label = "path parameter '" + parameter.name() + "'";
      if (value == null || value.isEmpty()) {
        out.add(label + " is empty");
      } else if (value.contains("/")) {
        out.add(label + "='" + value + "' decodes to more than one path segment");
      } else {
        checkValue(label, value, parameter, out);
      }
    }
  }

  private void checkQuery(SpecOperation op, ContractRequest request, List<String> out) {
    List<SpecParameter> declared = op.parametersIn("query");
    for (Map.Entry<String, List<String>> sent : request.query().entrySet()) {
      String label = "query parameter '" + sent.getKey() + "'";
      Optional<SpecParameter> parameter =
          declared.stream().filter(p -> p.name().equals(sent.getKey())).findFirst();
      if (parameter.isEmpty()) {
        out.add(label + " is not declared by " + op.operationId());
      } else if (sent.getValue().size() != 1) {
        out.add(label + " is sent " + sent.getValue().size() + " times; the spec takes one value");
      } else {
        checkValue(label, sent.getValue().get(0), parameter.get(), out);
      }
    }
    for (SpecParameter parameter : declared) {
      if (parameter.required() && !request.query().containsKey(parameter.name())) {
        out.add("required query parameter '" + parameter.name() + "' is missing");
      }
    }
  }

  private void checkHeaders(SpecOperation op, ContractRequest request, List<String> out) {
    List<SpecParameter> declared = op.parametersIn("header");
    for (SpecParameter parameter : declared) {
      String value = request.headers().get(parameter.name());
      if (value == null) {
        if (parameter.required()) {
          out.add("required header '" + parameter.name() + "' is missing");
        }
      } else {
        checkValue("header '" + parameter.name() + "'", value, parameter, out);
      }
    }
    for (String name : request.headers().names()) {
      boolean declaredHere = declared.stream().anyMatch(p -> lower(p.name()).equals(lower(name)));
      if (apiHeaders.contains(lower(name)) && !declaredHere) {
        out.add("header '" + name + "' is not declared by " + op.operationId());
      }
    }
  }

  private void checkValue(String label, String text, SpecParameter parameter, List<String> out) {
    JsonNode schema = spec.resolve(parameter.schemaPointer()).node();
    Optional<JsonNode> value = ParameterValues.coerce(text, schema);
    if (value.isEmpty()) {
      out.add(
          label + "='" + text + "' is not " + String.join(" or ", ParameterValues.types(schema)));
      return;
    }
    for (String problem : spec.schemas().validate(parameter.schemaPointer(), value.get())) {
      out.add(label + "='" + text + "' " + problem.replaceFirst("^\\(root\\): ", ""));
    }
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
