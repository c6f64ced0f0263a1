package dev.gradiant.sdk.contract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the operation a request is for, by method and path template. */
final class OperationMatcher {
  private final List<SpecOperation> operations;

  OperationMatcher(List<SpecOperation> operations) {
    this.operations = operations;
  }

  /** An operation and the path parameter values the request gave it. */
  record Match(SpecOperation operation, Map<String, String> pathValues) {}

  /** The operation for {@code method} on {@code segments}; literal segments beat templates. */
  Optional<Match> find(String method, List<String> segments) {
    return operations.stream()
        .filter(op -> op.method().equals(method) && fits(op, segments))
        .max(Comparator.comparingLong(OperationMatcher::literalSegments))
        .map(op -> new Match(op, pathValues(op, segments)));
  }

  /** Why {@link #find} found nothing: an unknown path, or a method the path does not have. */
  String explainMiss(String method, List<String> segments) {
    String path = "/" + String.join("/", segments);
    List<String> allowed =
        operations.stream()
            .filter(op -> fits(op, segments))
            .map(op -> op.method() + " " + op.pathTemplate())
            .toList();
    return allowed.isEmpty()
        ? "no path of the spec matches " + path
        : method + " is not declared for " + path + "; the spec has " + String.join(", ", allowed);
  }

  private static boolean fits(SpecOperation op, List<String> segments) {
    List<String> template = op.templateSegments();
    if (template.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < template.size(); i++) {
      if (!isVariable(template.get(i)) && !template.get(i).equals(segments.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> pathValues(SpecOperation op, List<String> segments) {
    Map<String, String> values = new LinkedHashMap<>();
    List<String> template = op.templateSegments();
    for (int i = 0; i < template.size(); i++) {
      String part = template.get(i);
      if (isVariable(part)) {
        values.put(part.substring(1, part.length() - 1), segments.get(i));
      }
    }
    return values;
  }

  private static long literalSegments(SpecOperation op) {
    return op.templateSegments().stream().filter(s -> !isVariable(s)).count();
  }

  private static boolean isVariable(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }
}
