package dev.gradiant.sdk.core;

import java.util.Objects;
import java.util.Optional;

/**
 * What every response carries besides its data: the status, the headers, the server's request id
 * (quote it to Gradiant support) and the rate-limit budget.
 *
 * @param statusCode the HTTP status
 * @param headers the response headers
 * @param requestId the server's request id, from {@code X-Request-ID} or the body's {@code
 *     meta.requestId}; {@code null} when the server sent none
 * @param attempts how many attempts the call made to get this response (1 without retries): every
 *     request sent (the replay after renewing credentials included) and every attempt that ended
 *     before sending, because the credentials could not be obtained or renewed at that moment or
 *     the rate limit refused to wait; each attempt after the first spends one of {@code
 *     maxRetries}. It is never less than the number of requests sent
 * @param retryReason why the last retry was made (e.g. {@code HTTP 503}, {@code connection failed},
 *     {@code timeout}, {@code credentials renewed}, {@code credentials failed (HTTP 503)}), or
 *     {@code null} when there was no retry
 * @param inferredFromRetry whether the call's success was inferred rather than answered: true only
 *     for a {@code DELETE} answered with no content on success ({@code sessions().delete}, {@code
 *     webhookEndpoints().delete}) when an earlier attempt ended without an answer after the request
 *     may have reached the server (a connection was made and the request began to be written; a
 *     refused connection, an unknown host, a failed TLS handshake or a timeout before connecting
 *     does not count) and a later attempt was answered {@code 404}: the resource is gone, most
 *     likely deleted by the attempt whose answer was lost. {@link #statusCode()} is then that
 *     {@code 404}. False for every other response, and on every exception's metadata
 */
public record ResponseMetadata(
    int statusCode,
    HttpHeaders headers,
    String requestId,
    int attempts,
    String retryReason,
    boolean inferredFromRetry) {

  /**
   * Metadata of a response obtained at the first attempt.
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param requestId the server's request id, or {@code null}
   */
  public ResponseMetadata(int statusCode, HttpHeaders headers, String requestId) {
    this(statusCode, headers, requestId, 1, null, false);
  }

  /**
   * Metadata of a response that was answered (not {@linkplain #inferredFromRetry() inferred}).
   *
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param requestId the server's request id, or {@code null}
   * @param attempts how many attempts the call made (at least 1)
   * @param retryReason why the last retry was made, or {@code null}
   */
  public ResponseMetadata(
      int statusCode, HttpHeaders headers, String requestId, int attempts, String retryReason) {
    this(statusCode, headers, requestId, attempts, retryReason, false);
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
   * @param inferredFromRetry whether the success was inferred from a {@code 404} after a lost
   *     answer (see the record's description)
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
    return headers.last(name);
  }

  /** {@return the budget reported by {@code X-RateLimit-*}, or empty when the response had none} */
  public Optional<RateLimit> rateLimit() {
    return RateLimit.fromHeaders(headers);
  }
}
