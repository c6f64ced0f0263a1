package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/** {@code 404 Not Found}: no resource has that id, or the caller may not see it. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public NotFoundException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
