package dev.gradiant.sdk.contract;

import java.util.List;

/**
 * One operation of the spec, with everything a request is checked against.
 *
 * @param method upper-case HTTP method
 * @param pathTemplate e.g. {@code /users/{id}}
 * @param operationId e.g. {@code getUser}
 * @param pointer JSON pointer to the operation object
 * @param parameters path-item and operation parameters, the operation's winning on a clash
 * @param security the effective alternatives, each a list of scheme names; empty means {@code
 *     security: []} (no credentials)
 * @param body the request body, or {@code null} when the operation declares none
 */
public record SpecOperation(
    String method,
    String pathTemplate,
    String operationId,
    String pointer,
    List<SpecParameter> parameters,
    List<List<String>> security,
    SpecBody body) {

  /** {@code GET /users/{id} (getUser)}. */
  @Override
  public String toString() {
    return method + " " + pathTemplate + " (" + operationId + ")";
  }

  List<String> templateSegments() {
    return List.of(pathTemplate.substring(1).split("/", -1));
  }

  List<SpecParameter> parametersIn(String location) {
    return parameters.stream().filter(p -> p.in().equals(location)).toList();
  }
}
