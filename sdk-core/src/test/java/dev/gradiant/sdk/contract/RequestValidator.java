package dev.gradiant.sdk.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checks one request against the spec: operation, parameters, credentials, body. */
final class RequestValidator {
  private final OperationMatcher matcher;
  private final ParameterCheck parameters;
  private final SecurityCheck security;
  private final BodyCheck body;
  private final String basePath;

  RequestValidator(OpenApiSpec spec) {
    this.matcher = new OperationMatcher(spec.operations());
    this.parameters = new ParameterCheck(spec);
    this.security = new SecurityCheck(spec);
    this.body = new BodyCheck(spec);
    this.basePath = spec.basePath();
  }

  /**
   * The outcome of checking one request.
   *
   * @param operation the operation it was for, or {@code null} when none matched
   * @param violations what the request does that the spec does not allow; empty when it conforms
   */
  record Result(SpecOperation operation, List<String> violations) {}

  Result validate(ContractRequest request) {
    if (!request.underBasePath()) {
      return new Result(null, List.of("the path is not under the base path " + basePath));
    }
    Optional<OperationMatcher.Match> match = matcher.find(request.method(), request.pathSegments());
    if (match.isEmpty()) {
      return new Result(
          null, List.of(matcher.explainMiss(request.method(), request.pathSegments())));
    }
    SpecOperation op = match.get().operation();
    List<String> violations = new ArrayList<>();
    violations.addAll(parameters.check(op, request, match.get().pathValues()));
    violations.addAll(security.check(op, request));
    violations.addAll(body.check(op, request));
    return new Result(op, List.copyOf(violations));
  }
}
