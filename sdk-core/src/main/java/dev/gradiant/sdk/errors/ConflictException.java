package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/** {@code 409 Conflict}: the request conflicts with the resource's current state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public ConflictException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
