package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A GraphQL query, mutation or subscription: the document, which operation of it to run, and its
 * variables.
 *
 * <pre>{@code
 * GraphqlRequest request = GraphqlRequest.builder()
 *     .query("query GetUser($id: ID!) { user(id: $id) { id firstName } }")
 *     .variable("id", "user_123")
 *     .build();
 * }</pre>
 *
 * <p>The SDK reads the document to tell a query from a mutation or a subscription (see {@link
 * GraphqlClient}); it does not validate it, the server does. Variables are written as JSON when the
 * request is built, with the SDK's rules (times as RFC 3339 text, {@code BigDecimal} exactly); a
 * variable whose value is {@code null} is left out. {@link #toString()} shows the operation, never
 * the variables, which may hold personal data.
 *
 * <p>Compatibility: a final class built with {@link #builder()}, so fields can be added in a minor
 * release without breaking callers.
 */
public final class GraphqlRequest {
  private final String query;
  private final String operationName;
  private final ObjectNode variables;
  private final boolean withoutIdempotencyKey;
  private final OperationType type;

  private GraphqlRequest(Builder builder) {
    if (builder.query == null) {
      throw new NullPointerException("query must not be null");
    }
    if (builder.query.isBlank()) {
      throw new IllegalArgumentException("query must not be blank");
    }
    this.query = builder.query;
    this.operationName = builder.operationName;
    this.variables = builder.variablesTree();
    this.withoutIdempotencyKey = builder.withoutIdempotencyKey;
    this.type = OperationScanner.typeOf(query, operationName).orElse(null);
  }

  /** {@return a builder with nothing set} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding every field of this request} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.query = query;
    builder.operationName = operationName;
    builder.variables = variables == null ? null : variables.deepCopy();
    builder.withoutIdempotencyKey = withoutIdempotencyKey;
    return builder;
  }

  /** {@return the GraphQL document} */
  public String query() {
    return query;
  }

  /** {@return the operation to run, needed when the document has several} */
  public Optional<String> operationName() {
    return Optional.ofNullable(operationName);
  }

  /**
   * {@return the variables as JSON-like plain Java (maps, lists, strings, numbers as {@code
   * Integer}, {@code Long}, {@code BigInteger} or {@code BigDecimal}, booleans); empty when none}
   */
  public Map<String, Object> variables() {
    return variables == null ? Map.of() : JsonTrees.toMap(variables);
  }

  /**
   * {@return whether the SDK tells this is a query (by the document and {@link #operationName()}):
   * sent without an idempotency key and retried like a GET; anything else is sent as a mutation}
   */
  public boolean isQuery() {
    return type == OperationType.QUERY;
  }

  /**
   * {@return whether the SDK tells this is a subscription: run with {@link
   * GraphqlClient#subscribe(GraphqlRequest, Class, GraphqlSubscriptionListener)} or {@link
   * GraphqlClient#publisher(GraphqlRequest, Class)}, never sent over HTTP}
   */
  public boolean isSubscription() {
    return type == OperationType.SUBSCRIPTION;
  }

  /**
   * {@return whether a mutation goes without the {@code Idempotency-Key} the SDK would generate}
   */
  public boolean withoutIdempotencyKey() {
    return withoutIdempotencyKey;
  }

  /** {@return the variables' tree, or {@code null}; not a copy} */
  ObjectNode variablesTree() {
    return variables;
  }

  /** {@return this request with {@code name} set to {@code value} (the pager's {@code after})} */
  GraphqlRequest withVariable(String name, String value) {
    Builder builder = toBuilder();
    if (builder.variables == null) {
      builder.variables = Json.mapper().createObjectNode();
    }
    builder.variables.put(name, value);
    return builder.build();
  }

  /** {@return the JSON body: {@code {"query", "operationName", "variables"}}} */
  ObjectNode body() {
    ObjectNode body = Json.mapper().createObjectNode().put("query", query);
    if (operationName != null) {
      body.put("operationName", operationName);
    }
    if (variables != null && !variables.isEmpty()) {
      body.set("variables", variables);
    }
    return body;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GraphqlRequest that
        && query.equals(that.query)
        && Objects.equals(operationName, that.operationName)
        && Objects.equals(variables, that.variables)
        && withoutIdempotencyKey == that.withoutIdempotencyKey;
  }

  @Override
  public int hashCode() {
    return Objects.hash(query, operationName, variables, withoutIdempotencyKey);
  }

  /** {@return the operation's name and kind, and the variables' names only} */
  @Override
  public String toString() {
    StringBuilder names = new StringBuilder();
    if (variables != null) {
      variables
          .fieldNames()
          .forEachRemaining(n -> names.append(names.length() == 0 ? "" : ", ").append(n));
    }
    return "GraphqlRequest[operationName="
        + operationName
        + ", type="
        + (type == null ? "unknown" : type.name().toLowerCase(java.util.Locale.ROOT))
        + ", variables=["
        + names
        + "]]";
  }

  /** Collects the fields of a {@link GraphqlRequest}. Each method rejects null. */
  public static final class Builder {
    private String query;
    private String operationName;
    private ObjectNode variables;
    private boolean withoutIdempotencyKey;

    private Builder() {}

    /**
     * @param query the GraphQL document (required)
     * @return this builder
     */
    public Builder query(String query) {
      this.query = Objects.requireNonNull(query, "query must not be null");
      return this;
    }

    /**
     * @param operationName the operation of the document to run; needed when it has several
     * @return this builder
     */
    public Builder operationName(String operationName) {
      this.operationName = Objects.requireNonNull(operationName, "operationName must not be null");
      return this;
    }

    /**
     * Sets every variable at once, replacing any set before.
     *
     * @param variables a {@code Map} of names to values, or any object the SDK's JSON mapper writes
     *     as a JSON object (a record, a class with getters or Jackson annotations)
     * @return this builder
     * @throws IllegalArgumentException if {@code variables} is not written as a JSON object
     */
    public Builder variables(Object variables) {
      Objects.requireNonNull(variables, "variables must not be null");
      JsonNode tree = JsonTrees.write("variables", variables);
      if (!tree.isObject()) {
        throw new IllegalArgumentException(
            "variables must be written as a JSON object, not " + tree.getNodeType());
      }
      this.variables = (ObjectNode) tree;
      return this;
    }

    /**
     * Sets one variable (over any of that name set before).
     *
     * @param name the variable's name, without {@code $}
     * @param value its value: anything the SDK's JSON mapper writes; {@code null} leaves it out
     * @return this builder
     * @throws IllegalArgumentException if {@code value} cannot be written as JSON
     */
    public Builder variable(String name, Object value) {
      Objects.requireNonNull(name, "name must not be null");
      if (variables == null) {
        variables = Json.mapper().createObjectNode();
      }
      if (value == null) {
        variables.remove(name);
      } else {
        variables.set(name, JsonTrees.write("variable " + name, value));
      }
      return this;
    }

    /**
     * Sends a mutation without the {@code Idempotency-Key} the SDK would generate (a key given
     * through {@code withOptions(..)} is still sent). Without a key the SDK never sends the
     * mutation again once it may have reached the server: a lost answer, a {@code 5xx} or a {@code
     * 429} ends the call. For a server that refuses the header; otherwise keep the key, which lets
     * the SDK retry safely.
     *
     * @return this builder
     */
    public Builder withoutIdempotencyKey() {
      this.withoutIdempotencyKey = true;
      return this;
    }

    private ObjectNode variablesTree() {
      return variables == null ? null : variables.deepCopy();
    }

    /**
     * @return the request
     * @throws NullPointerException if {@code query} is unset
     * @throws IllegalArgumentException if {@code query} is blank
     */
    public GraphqlRequest build() {
      return new GraphqlRequest(this);
    }
  }
}
