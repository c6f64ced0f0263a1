package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/** {@code 422 Unprocessable Entity}: validation failed; {@link #fieldErrors()} names the fields. */
public class UnprocessableEntityException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public UnprocessableEntityException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
