package dev.gradiant.sdk.errors;

/**
 * The call ran out of time (connect, read, write or whole-call timeout) before a response arrived.
 * The request may or may not have reached the server.
 */
public class ApiTimeoutException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which endpoint timed out
   * @param cause the timeout reported by the HTTP client
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure after retries.
   *
   * @param message what failed, naming the endpoint template (never ids or query values)
   * @param cause the timeout reported by the HTTP client
   * @param attempts how many HTTP attempts the call made
   * @param retryReason why the last retry was made, or {@code null}
   */
  public ApiTimeoutException(String message, Throwable cause, int attempts, String retryReason) {
    super(message, cause, attempts, retryReason);
  }
}
