package dev.gradiant.sdk.errors;

/**
 * No response arrived: the connection could not be made, was reset, or broke while the answer was
 * read. The request may or may not have reached the server.
 */
public class ConnectionException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the endpoint template (never ids or query values)
   * @param cause the I/O failure
   */
  public ConnectionException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * A failure after retries.
   *
   * @param message what failed, naming the endpoint template (never ids or query values)
   * @param cause the I/O failure
   * @param attempts how many HTTP attempts the call made
   * @param retryReason why the last retry was made, or {@code null}
   */
  public ConnectionException(String message, Throwable cause, int attempts, String retryReason) {
    super(message, cause, attempts, retryReason);
  }
}
