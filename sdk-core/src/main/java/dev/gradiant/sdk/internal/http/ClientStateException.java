package dev.gradiant.sdk.internal.http;

/**
 * The {@link IllegalStateException} the SDK throws on purpose when the client or the call is in a
 * state that lets nothing be sent: the client is closed, a call that needs credentials has none
 * (the client was built {@code withoutCredentials()}, a token expired with no refresh token to
 * renew it), or the credentials gave no header that HTTP can carry. The caller must change the
 * setup; nothing was sent for the attempt that threw it.
 *
 * <p>Callers see it as an {@link IllegalStateException}: this type exists only so that {@code
 * ClientFailureGuard} can tell the SDK's own refusals from an {@link IllegalStateException} thrown
 * by anything else inside a call (a credentials provider, a bug), which reaches the caller wrapped
 * in a {@link dev.gradiant.sdk.errors.ClientFailureException}.
 */
public final class ClientStateException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what to change, without secrets
   */
  public ClientStateException(String message) {
    super(message);
  }

  /**
   * @param message what to change, without secrets
   * @param cause what revealed the state, e.g. OkHttp refusing a call after its client shut down
   */
  public ClientStateException(String message, Throwable cause) {
    super(message, cause);
  }
}
