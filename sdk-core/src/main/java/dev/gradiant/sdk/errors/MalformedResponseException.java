package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;

/**
 * The server answered with a success status, but its body could not be read as the documented
 * envelope (for example HTML from a proxy, or truncated JSON). {@link #rawBody()} holds an excerpt.
 */
public class MalformedResponseException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public MalformedResponseException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }
}
