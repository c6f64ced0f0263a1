package dev.gradiant.sdk;

import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;

/**
 * What every response carries besides its data: the status, the headers, the server's request id
 * (quote it to Gradiant support) and the rate-limit budget.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param requestId the server's request id, from {@code X-Request-ID} or the body's {@code
 *     meta.requestId}; {@code null} when the server sent none
 */
public record ResponseMetadata(int statusCode, Headers headers, String requestId) {

  /**
   * Requires {@code headers}.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param requestId the server's request id, from {@code X-Request-ID} or the body's {@code
   *     meta.requestId}; {@code null} when the server sent none
   */
  public ResponseMetadata {
    Objects.requireNonNull(headers, "headers");
  }

  /**
   * The last value of a response header, looked up case-insensitively.
   *
   * @param name the header name
   * @return its value, or empty when absent
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** {@return the budget reported by {@code X-RateLimit-*}, or empty when the response had none} */
  public Optional<RateLimit> rateLimit() {
    return RateLimit.fromHeaders(headers);
  }
}
