package dev.gradiant.sdk.observability;

import java.util.Objects;

/**
 * One operation of the Gradiant API as its contract ({@code openapi/gradiant-v1.yaml}) names it:
 * {@code getUser} is {@code GET /users/{id}}. The route template keeps its placeholders: it never
 * holds an id, so it is safe as a span name or a metric tag. Immutable; the client keeps one
 * instance per operation.
 */
public final class Operation {
  private final String operationId;
  private final String method;
  private final String routeTemplate;

  private Operation(String operationId, String method, String routeTemplate) {
    this.operationId = Objects.requireNonNull(operationId, "operationId");
    this.method = Objects.requireNonNull(method, "method");
    this.routeTemplate = Objects.requireNonNull(routeTemplate, "routeTemplate");
  }

  /**
   * An operation, for tests of an observer; the client makes its own.
   *
   * @param operationId the contract's {@code operationId}, e.g. {@code getUser}
   * @param method the upper-case HTTP method, e.g. {@code GET}
   * @param routeTemplate the path under the API root as the contract writes it, e.g. {@code
   *     /users/{id}}
   * @return the operation
   */
  public static Operation of(String operationId, String method, String routeTemplate) {
    return new Operation(operationId, method, routeTemplate);
  }

  /**
   * {@return the contract's {@code operationId}, e.g. {@code getUser}} For an operation the
   * client's table does not know yet (a contract newer than this release), the method and template
   * instead: {@code GET /users/{id}}.
   */
  public String operationId() {
    return operationId;
  }

  /** {@return the upper-case HTTP method, e.g. {@code GET}} */
  public String method() {
    return method;
  }

  /**
   * {@return the route template under the API root, e.g. {@code /users/{id}}, never a filled path}
   */
  public String routeTemplate() {
    return routeTemplate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Operation other
        && operationId.equals(other.operationId)
        && method.equals(other.method)
        && routeTemplate.equals(other.routeTemplate);
  }

  /** {@return the same hash as {@code Objects.hash(operationId, method, routeTemplate)}} */
  @Override
  public int hashCode() {
    // Objects.hash's formula, without the array it allocates for its arguments
    return 31 * (31 * (31 + operationId.hashCode()) + method.hashCode()) + routeTemplate.hashCode();
  }

  /** {@return e.g. {@code getUser (GET /users/{id})}} */
  @Override
  public String toString() {
    return operationId + " (" + method + " " + routeTemplate + ")";
  }
}
