package dev.gradiant.sdk.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request the sandbox received, as it arrived, and the status it answered.
 *
 * @param method the HTTP method, e.g. {@code POST}
 * @param path the path below the base URL, as sent (percent-encoded), e.g. {@code /users/user_1}
 * @param query the decoded query parameters, in the order sent
 * @param headers the request headers, names in lower case
 * @param body the request body as UTF-8 text; empty when there was none
 * @param status the status answered, or 0 when the sandbox dropped the connection on purpose
 *     ({@code dropNext}, or {@code dropResponseOfNext}, which carried the request out first)
 * @param receivedAt when the request arrived, by the sandbox's clock
 */
public record RecordedRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, List<String>> headers,
    String body,
    int status,
    Instant receivedAt) {

  /**
   * Copies the maps.
   *
   * @param method the HTTP method
   * @param path the path below the base URL
   * @param query the decoded query parameters
   * @param headers the request headers, names in lower case
   * @param body the request body as text
   * @param status the status answered, or 0 for a dropped connection
   * @param receivedAt when the request arrived
   */
  public RecordedRequest {
    query = Map.copyOf(query);
    headers = Map.copyOf(headers);
  }

  /**
   * The first value of a request header.
   *
   * @param name the header name, in any case
   * @return its value; empty when absent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The first value of a query parameter.
   *
   * @param name the parameter name
   * @return its decoded value; empty when absent
   */
  public Optional<String> queryParam(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@return the body's UTF-8 bytes} */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** Shows the method, path and status: headers and body may hold credentials or personal data. */
  @Override
  public String toString() {
    return "RecordedRequest[" + method + " " + path + " -> " + status + "]";
  }
}
