package dev.gradiant.sdk.core;

import java.util.Optional;

/**
 * A successful response: the typed data and the response's metadata. Returned by the {@code
 * withRawResponse()} view of every sub-client.
 *
 * @param data the decoded {@code data} of the envelope; {@code null} for {@code 204 No Content}
 * @param metadata status, headers, request id and rate-limit budget
 * @param <T> the type of the data
 */
public record ApiResponse<T>(T data, ResponseMetadata metadata) {

  /** {@return the HTTP status} */
  public int statusCode() {
    return metadata.statusCode();
  }

  /** {@return the server's request id, or {@code null} when it sent none} */
  public String requestId() {
    return metadata.requestId();
  }

  /** {@return the rate-limit budget the response reported, if any} */
  public Optional<RateLimit> rateLimit() {
    return metadata.rateLimit();
  }
}
