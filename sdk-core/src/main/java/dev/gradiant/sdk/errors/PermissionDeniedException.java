package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * {@code 403 Forbidden}: the credentials are valid but lack the permission (scope) for this call.
 */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public PermissionDeniedException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
