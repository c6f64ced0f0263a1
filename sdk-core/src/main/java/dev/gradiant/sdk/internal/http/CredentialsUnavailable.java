package dev.gradiant.sdk.internal.http;

/**
 * The SDK's own {@link IllegalStateException} about credentials that are not there: a call that
 * needs them on a client built without them, a provider that returned no headers, expired tokens
 * with no refresh token to renew them. The caller sees it as it is, an {@code
 * IllegalStateException}, as documented; an {@code IllegalStateException} that a credentials
 * provider itself throws is a failure inside the client instead (a {@code ClientFailureException}).
 */
public final class CredentialsUnavailable extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what is missing, naming the endpoint template at most (never a secret)
   */
  public CredentialsUnavailable(String message) {
    super(message);
  }
}
