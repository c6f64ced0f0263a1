package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/** {@code 401 Unauthorized}: the credentials are missing, invalid or expired. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public AuthenticationException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
