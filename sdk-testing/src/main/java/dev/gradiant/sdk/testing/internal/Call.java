package dev.gradiant.sdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as a handler sees it: method, path parameters, query, headers, body, the server's
 * request id and, once authenticated, the caller.
 */
public final class Call {
  private final String method;
  private final String path;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final String requestId;
  private final Instant now;
  private List<String> pathParams = List.of();
  private Principal principal;
  private StreamedBody streamed;

  /**
   * @param method the HTTP method
   * @param path the path below the base path, starting with {@code /}
   * @param query the decoded query parameters
   * @param headers the headers, names in lower case
   * @param body the body bytes (empty when none)
   * @param requestId the server's id for this request
   * @param now the time the request arrived
   */
  public Call(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      byte[] body,
      String requestId,
      Instant now) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
    this.now = now;
  }

  /** {@return the query of a raw URI query string, decoded; repeated names keep every value} */
  public static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      params.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(value);
    }
    return params;
  }

  static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("query", "Malformed percent-encoding");
    }
  }

  /** {@return the HTTP method} */
  public String method() {
    return method;
  }

  /** {@return the path below the base path} */
  public String path() {
    return path;
  }

  /** {@return the time the request arrived} */
  public Instant now() {
    return now;
  }

  /** {@return the server's id for this request} */
  public String requestId() {
    return requestId;
  }

  /** {@return the first value of a query parameter, or null} */
  public String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@return every query parameter} */
  public Map<String, List<String>> queryParams() {
    return Collections.unmodifiableMap(query);
  }

  /** {@return the first value of a header (any case), or null} */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** {@return the raw body (empty for a streamed multipart body: see {@link #streamed()})} */
  public byte[] body() {
    return body;
  }

  /** {@return the body not read up front (a multipart upload), or null} */
  StreamedBody streamed() {
    return streamed;
  }

  void streamed(StreamedBody streamed) {
    this.streamed = streamed;
  }

  /** {@return the {@code i}-th path parameter} */
  public String pathParam(int i) {
    return pathParams.get(i);
  }

  void pathParams(List<String> values) {
    this.pathParams = List.copyOf(values);
  }

  /** {@return who is calling; null on operations without authentication} */
  public Principal principal() {
    return principal;
  }

  void principal(Principal principal) {
    this.principal = principal;
  }

  /**
   * The body as a JSON object: {@code 400} when it is not JSON, {@code 422} when it is JSON but not
   * an object.
   *
   * @return the object
   */
  public ObjectNode jsonObject() {
    if (body.length == 0) {
      throw ApiError.badRequest("body", "A JSON body is required");
    }
    JsonNode node;
    try {
      node = Json.parse(body);
    } catch (IOException e) {
      throw ApiError.badRequest("body", "Malformed JSON");
    }
    if (!node.isObject()) {
      throw ApiError.unprocessable("body", "Must be a JSON object");
    }
    return (ObjectNode) node;
  }

  /** {@return a success envelope around {@code data}} */
  public ObjectNode envelope(JsonNode data) {
    ObjectNode body = Json.object();
    body.set("data", data);
    body.set("meta", meta());
    return body;
  }

  /**
   * {@return a list envelope: the page of {@code items} with {@code total}, {@code limit}, {@code
   * offset}}
   */
  public ObjectNode page(List<? extends JsonNode> items, int limit, int offset) {
    ArrayNode data = Json.array();
    int from = Math.min(offset, items.size());
    int to = (int) Math.min((long) from + limit, items.size());
    items.subList(from, to).forEach(item -> data.add(item.deepCopy()));
    ObjectNode body = envelope(data);
    ((ObjectNode) body.get("meta"))
        .put("total", items.size())
        .put("limit", limit)
        .put("offset", offset);
    return body;
  }

  /** {@return the {@code meta} object of every envelope} */
  public ObjectNode meta() {
    return Json.object().put("requestId", requestId).put("timestamp", Times.format(now));
  }

  /** {@return a 200 JSON answer in the envelope} */
  public Reply ok(JsonNode data) {
    return Reply.json(200, envelope(data));
  }

  /** {@return a 201 JSON answer in the envelope} */
  public Reply created(JsonNode data) {
    return Reply.json(201, envelope(data));
  }
}
