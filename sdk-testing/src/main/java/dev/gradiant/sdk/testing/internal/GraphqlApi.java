package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gradiant.sdk.testing.internal.Router.Security;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /graphql}: GraphQL over HTTP with graphql-java, from the schema {@code
 * openapi/gradiant.graphql} and the same state as REST (see {@link GraphqlWiring}). It sits behind
 * the same chain as every operation (faults, rate limit, credentials, idempotency replay). A
 * request that runs answers {@code 200} ({@code data}, and {@code errors} for fields that failed);
 * one that does not parse or validate, or whose variables do not coerce, answers {@code 400} with
 * {@code errors} only; both in {@code application/graphql-response+json} with {@code
 * extensions.requestId}.
 */
final class GraphqlApi {
  static final String MEDIA_TYPE = "application/graphql-response+json";

  private final Store store;
  private final BookingsApi bookings;

  GraphqlApi(Store store, BookingsApi bookings) {
    this.store = store;
    this.bookings = bookings;
  }

  void register(Router router) {
    router.add("POST", "/graphql", Security.API, null, this::execute);
  }

  /** The engine, built once: the schema does not depend on the state. */
  private static final class Engine {
    static final GraphQL GRAPHQL = build();

    private static GraphQL build() {
      try (InputStream sdl = GraphqlApi.class.getResourceAsStream("gradiant.graphql")) {
        if (sdl == null) {
          throw new IllegalStateException("gradiant.graphql is missing from the sandbox's jar");
        }
        String text = new String(sdl.readAllBytes(), StandardCharsets.UTF_8);
        return GraphQL.newGraphQL(
                new SchemaGenerator()
                    .makeExecutableSchema(new SchemaParser().parse(text), GraphqlWiring.wiring()))
            .build();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@return the engine, shared with the subscriptions of {@link GraphqlSocket}} */
  static GraphQL engine() {
    return Engine.GRAPHQL;
  }

  private Reply execute(Call call) {
    JsonNode body;
    try {
      body = Json.parse(call.body());
    } catch (IOException e) {
      return requestError(call, "The body is not JSON", "BAD_REQUEST");
    }
    if (!body.isObject()
        || !body.path("query").isTextual()
        || body.get("query").asText().isEmpty()) {
      return requestError(
          call, "The body must be a JSON object with a non-empty query", "BAD_REQUEST");
    }
    JsonNode variables = body.path("variables");
    JsonNode operationName = body.path("operationName");
    @SuppressWarnings("unchecked")
    Map<String, Object> values =
        variables.isObject() ? (Map<String, Object>) Json.toJava(variables) : Map.of();
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(body.get("query").asText())
            .operationName(operationName.isTextual() ? operationName.asText() : null)
            .variables(values)
            .locale(Locale.ROOT)
            .graphQLContext(
                Map.of(
                    GraphqlWiring.CALL, call,
                    GraphqlWiring.STORE, store,
                    GraphqlWiring.BOOKINGS, bookings))
            .build();
    ExecutionResult result = Engine.GRAPHQL.execute(input);
    ObjectNode answer = Json.object();
    if (result.isDataPresent()) {
      answer.set("data", Json.valueOf(result.getData()));
    }
    if (!result.getErrors().isEmpty()) {
      ArrayNode errors = answer.putArray("errors");
      for (GraphQLError error : result.getErrors()) {
        errors.add(error(error, result.isDataPresent()));
      }
    }
    answer.putObject("extensions").put("requestId", call.requestId());
    return reply(result.isDataPresent() ? 200 : 400, answer);
  }

  static ObjectNode error(GraphQLError error, boolean executed) {
    ObjectNode node = Json.object().put("message", error.getMessage());
    List<SourceLocation> locations = error.getLocations();
    if (locations != null && !locations.isEmpty()) {
      ArrayNode list = node.putArray("locations");
      for (SourceLocation location : locations) {
        list.addObject().put("line", location.getLine()).put("column", location.getColumn());
      }
    }
    if (error.getPath() != null && !error.getPath().isEmpty()) {
      node.set("path", Json.valueOf(error.getPath()));
    }
    ObjectNode extensions = node.putObject("extensions");
    Map<String, Object> own = error.getExtensions();
    if (own != null && own.get("code") instanceof String code) {
      extensions.put("code", code);
    } else if (error.getErrorType() == ErrorType.InvalidSyntax) {
      extensions.put("code", "GRAPHQL_PARSE_FAILED");
    } else if (error.getErrorType() == ErrorType.ValidationError) {
      extensions.put("code", "GRAPHQL_VALIDATION_FAILED");
    } else {
      extensions.put("code", executed ? "INTERNAL_ERROR" : "BAD_USER_INPUT");
    }
    return node;
  }

  private static Reply requestError(Call call, String message, String code) {
    ObjectNode answer = Json.object();
    answer
        .putArray("errors")
        .addObject()
        .put("message", message)
        .putObject("extensions")
        .put("code", code);
    answer.putObject("extensions").put("requestId", call.requestId());
    return reply(400, answer);
  }

  private static Reply reply(int status, ObjectNode body) {
    return new Reply(status, Map.of("Content-Type", MEDIA_TYPE), Json.bytes(body));
  }
}
