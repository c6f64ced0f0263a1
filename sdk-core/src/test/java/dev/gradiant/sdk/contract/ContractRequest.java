package dev.gradiant.sdk.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;

/**
 * A request as the checks see it: the path relative to the API's base path, split and decoded.
 *
 * @param method e.g. {@code GET}
 * @param target what was sent, for messages: {@code /v1/users?limit=5}
 * @param pathSegments decoded segments after the base path ({@code [users, user_123]}); the whole
 *     path when it is not under the base path
 * @param underBasePath whether the path starts with the base path
 * @param query decoded query parameters in the order sent, each with every value sent
 * @param headers the request headers
 * @param body the body, or {@code null} when none was sent
 */
record ContractRequest(
    String method,
    String target,
    List<String> pathSegments,
    boolean underBasePath,
    Map<String, List<String>> query,
    Headers headers,
    ByteString body) {

  /** What MockWebServer recorded. */
  static ContractRequest from(RecordedRequest recorded, String basePath) {
    ByteString body = recorded.getBody();
    return of(
        recorded.getMethod(),
        recorded.getUrl(),
        recorded.getHeaders(),
        body == null || body.size() == 0 ? null : body,
        basePath);
  }

  /** A request to {@code url}; {@code basePath} is e.g. {@code /v1}. */
  static ContractRequest of(
      String method, HttpUrl url, Headers headers, ByteString body, String basePath) {
    List<String> base = basePath.isEmpty() ? List.of() : List.of(basePath.substring(1).split("/"));
    List<String> segments = url.pathSegments();
    boolean under = segments.size() > base.size() && segments.subList(0, base.size()).equals(base);
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      query.put(name, List.copyOf(values));
    }
    String target =
        url.encodedPath() + (url.encodedQuery() == null ? "" : "?" + url.encodedQuery());
    return new ContractRequest(
        method,
        target,
        List.copyOf(under ? segments.subList(base.size(), segments.size()) : segments),
        under,
        Collections.unmodifiableMap(query),
        headers,
        body);
  }

  /** {@code GET /v1/users?limit=5}. */
  @Override
  public String toString() {
    return method + " " + target;
  }
}
