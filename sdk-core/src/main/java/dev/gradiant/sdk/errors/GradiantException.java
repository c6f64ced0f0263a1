package dev.gradiant.sdk.errors;

/**
 * Root of every exception the SDK throws for a failed call: an error answer from the API ({@link
 * ApiException} and its subclasses), or no answer at all ({@link ConnectionException}, {@link
 * ApiTimeoutException}). Invalid arguments are reported earlier, before anything is sent, with
 * {@link IllegalArgumentException} or {@link NullPointerException} naming the field.
 */
public class GradiantException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong, without secrets or personal data
   * @param cause the underlying failure, or {@code null}
   */
  public GradiantException(String message, Throwable cause) {
    super(message, cause);
  }
}
