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
}
