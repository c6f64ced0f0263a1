package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/** {@code 400 Bad Request}: the request was malformed or had invalid parameters. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public BadRequestException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
