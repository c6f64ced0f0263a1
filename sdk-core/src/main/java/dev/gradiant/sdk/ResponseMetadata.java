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
 * @param attempts how many HTTP attempts the call made to get this response (1 without retries),
 *     the replay after renewing credentials included
 * @param retryReason why the last retry was made (e.g. {@code HTTP 503}, {@code connection failed},
 *     {@code credentials renewed}), or {@code null} when there was no retry
 */
public record ResponseMetadata(
    int statusCode, Headers headers, String requestId, int attempts, String retryReason) {

  /**
   * Metadata of a response obtained at the first attempt.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param requestId the server's request id, or {@code null}
   */
  public ResponseMetadata(int statusCode, Headers headers, String requestId) {
    this(statusCode, headers, requestId, 1, null);
  }

  /**
   * Requires {@code headers}.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param requestId the server's request id, from {@code X-Request-ID} or the body's {@code
   *     meta.requestId}; {@code null} when the server sent none
   * @param attempts how many HTTP attempts the call made (at least 1)
   * @param retryReason why the last retry was made, or {@code null}
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
