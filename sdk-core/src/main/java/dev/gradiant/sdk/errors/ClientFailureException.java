package dev.gradiant.sdk.errors;

/**
 * The call failed inside the client, not because of the API's answer or the network: an unexpected
 * runtime failure in the SDK or in code it runs for the call (a custom {@link
 * dev.gradiant.sdk.core.Credentials} provider, a token refresher). It is how any exception that is
 * not one of the documented ones reaches the caller, so that a call only ever throws a {@link
 * GradiantException} (besides {@link IllegalArgumentException} and {@link NullPointerException} for
 * invalid arguments, {@link IllegalStateException} for a closed client or missing credentials, and
 * {@link java.util.concurrent.CancellationException} for a cancelled asynchronous call).
 *
 * <p>{@link #getCause()} holds the original exception; the message names only the endpoint template
 * and the cause's type, never the cause's message. Whether the request reached the server is
 * unknown, and {@link #attempts()} does not count the attempts made before the failure (it is 1).
 */
public class ClientFailureException extends GradiantException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the endpoint template (never ids, query values or secrets)
   * @param cause the original failure
   */
  public ClientFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
