package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * {@code 401 Unauthorized} to credentials that have since been renewed: the server refused the
 * credentials the call was sent with (an access token that had just expired, say), the SDK renewed
 * them ({@code RefreshingTokenCredentials} obtained a new access token), but the call was not
 * repeated with them because it had no retry left ({@code maxRetries(0)}, or earlier attempts spent
 * the budget). Repeating the call uses the new credentials.
 *
 * <p>It is not an {@link AuthenticationException}: nothing says the user or the key is no longer
 * valid, so it is no reason to sign anyone out. A {@code 401} to the renewed credentials themselves
 * is an {@link AuthenticationException}. When the renewal took the call past its {@code timeout},
 * the call fails with an {@link ApiTimeoutException} instead, whose cause is this exception.
 */
public class CredentialsRenewedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status ({@code 401}), headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public CredentialsRenewedException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
