package dev.gradiant.sdk.internal.http;

import okhttp3.Headers;

/**
 * One fully read response.
 *
 * @param statusCode the HTTP status
 * @param reasonPhrase the status line's text, possibly empty (HTTP/2 has none)
 * @param headers the response headers
 * @param body the body bytes, empty when there was none
 * @param attempts how many attempts the logical call took to get this response
 * @param retryReason why the last retry was made, or {@code null} if there was none
 * @param credentialsRenewed whether this is a {@code 401} after which the credentials were renewed,
 *     so that one more attempt may succeed with them (set by {@link AuthenticatingTransport}, read
 *     by the retry loop)
 * @param earlierAnswerLost whether an earlier attempt of the call ended without an answer after its
 *     request may have reached the server ({@link Transmission#started()}), so that it may have
 *     taken effect (set by the retry loop, read by {@link RequestExecutor})
 */
public record HttpResponse(
    int statusCode,
    String reasonPhrase,
    Headers headers,
    byte[] body,
    int attempts,
    String retryReason,
    boolean credentialsRenewed,
    boolean earlierAnswerLost) {

  /** A response to a first attempt. */
  public HttpResponse(int statusCode, String reasonPhrase, Headers headers, byte[] body) {
    this(statusCode, reasonPhrase, headers, body, 1, null, false, false);
  }

  /** A copy that records how many attempts the call took and why it last retried. */
  public HttpResponse withRetries(int attempts, String retryReason) {
    return new HttpResponse(
        statusCode,
        reasonPhrase,
        headers,
        body,
        attempts,
        retryReason,
        credentialsRenewed,
        earlierAnswerLost);
  }

  /** A copy marked as rejected credentials that have since been renewed. */
  public HttpResponse withCredentialsRenewed() {
    return new HttpResponse(
        statusCode, reasonPhrase, headers, body, attempts, retryReason, true, earlierAnswerLost);
  }

  /** A copy marked as the answer to a call an earlier attempt of which lost its answer. */
  public HttpResponse withEarlierAnswerLost() {
    return new HttpResponse(
        statusCode, reasonPhrase, headers, body, attempts, retryReason, credentialsRenewed, true);
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }
}
