package dev.gradiant.sdk.errors;

import java.util.Optional;

/**
 * The response's body was larger than the client's {@code maxResponseBodySize} (default 16 MiB).
 * The rest of it was not read: the connection was closed instead, and the call was not retried.
 * Whatever the status, even a success, the body is neither decoded nor kept.
 */
public class ResponseTooLargeException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /** The HTTP status of the response. */
  private final int statusCode;

  /** The body size limit, in bytes. */
  private final long limit;

  /** The {@code Content-Length} the response declared, or {@code -1} for none. */
  private final long declaredLength;

  /**
   * @param message what failed, naming the endpoint template (never ids or query values)
   * @param statusCode the HTTP status of the response
   * @param limit the body size limit, in bytes
   * @param declaredLength the {@code Content-Length} the response declared, or {@code -1} for none
   * @param attempts how many HTTP attempts the call made, this one included
   */
  public ResponseTooLargeException(
      String message, int statusCode, long limit, long declaredLength, int attempts) {
    super(message, null, attempts, null);
    this.statusCode = statusCode;
    this.limit = limit;
    this.declaredLength = declaredLength;
  }

  /** {@return the HTTP status of the response whose body was too large} */
  public int statusCode() {
    return statusCode;
  }

  /** {@return the limit the body went over, in bytes} */
  public long limit() {
    return limit;
  }

  /**
   * {@return the body length the response declared ({@code Content-Length}); empty when it declared
   * none (a chunked body, or one that ends with the connection)}
   */
  public Optional<Long> declaredLength() {
    return declaredLength < 0 ? Optional.empty() : Optional.of(declaredLength);
  }
}
