package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * {@code 413 PAYLOAD_TOO_LARGE}: the request body was over the server's limit, e.g. a file upload
 * past the contract's 25 MiB. The SDK checks the documented limits before sending, so this means
 * the server's limit is lower than the one the SDK knows, or a body was sent that the SDK could not
 * measure beforehand. Never retried by the SDK: the same body would be refused again.
 */
public class PayloadTooLargeException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public PayloadTooLargeException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
