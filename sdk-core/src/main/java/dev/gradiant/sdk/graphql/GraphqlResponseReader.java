package dev.gradiant.sdk.graphql;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.core.ResponseMetadata;
import dev.gradiant.sdk.errors.ApiError;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.internal.http.ErrorMapper;
import dev.gradiant.sdk.internal.http.HttpRequest;
import dev.gradiant.sdk.internal.http.HttpResponse;
import dev.gradiant.sdk.internal.http.ResponseMetadataReader;
import dev.gradiant.sdk.internal.redaction.PlainTextMask;
import dev.gradiant.sdk.internal.redaction.Redactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads the answer to {@code POST /graphql} (GraphQL over HTTP): a {@code 2xx} with {@code {data,
 * errors, extensions}} is a {@link GraphqlResult}; a {@code 400} in that form (the request did not
 * parse or validate) is a {@link GraphqlException} without data; every other answer, and a {@code
 * 400} in the Gradiant error envelope (from the gateway), is the REST exception of its status
 * ({@code 401}, {@code 429}, {@code 5xx}). A success that is not a GraphQL response is a {@link
 * MalformedResponseException} naming where it failed, never a value.
 *
 * @param <T> the type {@code data} is read as
 */
final class GraphqlResponseReader<T>
    implements BiFunction<HttpRequest, HttpResponse, GraphqlResult<T>> {
  private final JavaType dataType;

  GraphqlResponseReader(JavaType dataType) {
    this.dataType = dataType;
  }

  @Override
  public GraphqlResult<T> apply(HttpRequest request, HttpResponse response) {
    int status = response.statusCode();
    boolean success = status >= 200 && status < 300;
    if (!success && status != 400) {
      throw ErrorMapper.toException(response);
    }
    JsonNode body = tree(response.body());
    if (!success && (body == null || !isGraphqlErrorBody(body))) {
      throw ErrorMapper.toException(response);
    }
    if (body == null || !body.isObject()) {
      throw malformed(request, response, "the body is not a JSON object");
    }
    JsonNode extensions = body.path("extensions");
    String bodyRequestId =
        extensions.path("requestId").isTextual() ? extensions.get("requestId").asText() : null;
    ResponseMetadata metadata = ResponseMetadataReader.read(response, bodyRequestId);
    List<GraphqlError> errors = errors(request, response, body.get("errors"));
    if (!success) {
      throw new GraphqlException(errors, null, metadata);
    }
    JsonNode data = body.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      throw malformed(request, response, "\"data\" is not an object");
    }
    if (data == null && errors.isEmpty()) {
      // {"data": null} alone is allowed (the contract's anyOf): dataOrThrow() reports it
      throw malformed(request, response, "the body has neither \"data\" nor \"errors\"");
    }
    T value = data == null || data.isNull() ? null : read(request, response, data);
    return new GraphqlResult<>(
        value,
        data == null || data.isNull() ? null : data,
        errors,
        extensions.isObject() ? JsonTrees.toMap(extensions) : Map.of(),
        metadata);
  }

  /** A GraphQL request error: {@code errors} without {@code data}, no Gradiant {@code error}. */
  private static boolean isGraphqlErrorBody(JsonNode body) {
    return body.isObject()
        && body.path("errors").isArray()
        && !body.path("errors").isEmpty()
        && body.path("errors").get(0).path("message").isTextual()
        && !body.has("error");
  }

  private static JsonNode tree(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return JsonTrees.parse(body);
    } catch (IOException e) {
      return null;
    }
  }

  private T read(HttpRequest request, HttpResponse response, JsonNode data) {
    try {
      return JsonTrees.read(data, dataType);
    } catch (JsonMappingException e) {
      throw malformed(
          request,
          response,
          "data" + path(e) + " does not fit " + dataType.getRawClass().getSimpleName());
    } catch (IOException e) {
      throw malformed(
          request, response, "data does not fit " + dataType.getRawClass().getSimpleName());
    }
  }

  private static List<GraphqlError> errors(
      HttpRequest request, HttpResponse response, JsonNode errors) {
    if (errors == null || errors.isNull()) {
      return List.of();
    }
    if (!errors.isArray()) {
      throw malformed(request, response, "\"errors\" is not an array");
    }
    List<GraphqlError> read = new ArrayList<>();
    for (int i = 0; i < errors.size(); i++) {
      JsonNode error = errors.get(i);
      if (!error.path("message").isTextual()) {
        throw malformed(request, response, "errors[" + i + "] has no message");
      }
      List<GraphqlError.Location> locations = new ArrayList<>();
      for (JsonNode location : error.path("locations")) {
        locations.add(
            new GraphqlError.Location(
                location.path("line").asInt(), location.path("column").asInt()));
      }
      List<Object> path = new ArrayList<>();
      for (JsonNode segment : error.path("path")) {
        path.add(segment.isInt() ? (Object) segment.asInt() : segment.asText());
      }
      JsonNode extensions = error.path("extensions");
      read.add(
          new GraphqlError(
              error.get("message").asText(),
              locations,
              path,
              extensions.isObject() ? JsonTrees.toMap(extensions) : Map.of()));
    }
    return read;
  }

  /** {@code .user.bookings[0]}: where reading failed, without the offending value. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static MalformedResponseException malformed(
      HttpRequest request, HttpResponse response, String problem) {
    ApiError error =
        ApiError.builder()
            .message("Could not read the response of " + request.describe() + ": " + problem)
            .build();
    byte[] body = response.body();
    int length = Math.min(body.length, ApiException.MAX_RAW_BODY_CHARS * 4);
    String text = new String(body, 0, length, StandardCharsets.UTF_8).stripLeading();
    String excerpt =
        text.startsWith("{") || text.startsWith("[")
            ? Redactor.body(body, "application/json")
            : PlainTextMask.mask(text);
    return new MalformedResponseException(
        error, ResponseMetadataReader.read(response, null), excerpt);
  }
}
