package dev.gradiant.sdk.internal.http;

import okhttp3.Headers;

/**
 * One fully read response.
 *
 * @param statusCode the HTTP status
 * @param reasonPhrase the status line's text, possibly empty (HTTP/2 has none)
 * @param headers the response headers
 * @param body the body bytes, empty when there was none
 */
public record HttpResponse(int statusCode, String reasonPhrase, Headers headers, byte[] body) {

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }
}
