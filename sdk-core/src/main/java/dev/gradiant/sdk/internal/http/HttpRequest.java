package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.RequestOptions;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as it will go on the wire.
 *
 * @param method the HTTP method
 * @param url the full URL, path parameters already validated and percent-encoded
 * @param headers the headers to send (authentication is added by the auth layer)
 * @param body the body, or {@code null} for none
 * @param contentType the body's media type, or {@code null} without a body
 * @param pathTemplate the endpoint as written in the spec ({@code /users/{id}}), for logs and
 *     errors: it never holds ids or query values
 * @param authenticated whether credentials must be attached
 * @param options the caller's options for this call (timeout, retries, credentials override)
 * @param attempt which attempt of the logical call this is, and by when the call must end
 * @param cancellation cancels an asynchronous call; {@link Cancellation#none()} for a blocking one
 */
public record HttpRequest(
    String method,
    HttpUrl url,
    Headers headers,
    byte[] body,
    String contentType,
    String pathTemplate,
    boolean authenticated,
    RequestOptions options,
    Attempt attempt,
    Cancellation cancellation) {

  /** A request of a blocking call, which cannot be cancelled. */
  public HttpRequest(
      String method,
      HttpUrl url,
      Headers headers,
      byte[] body,
      String contentType,
      String pathTemplate,
      boolean authenticated,
      RequestOptions options,
      Attempt attempt) {
    this(
        method,
        url,
        headers,
        body,
        contentType,
        pathTemplate,
        authenticated,
        options,
        attempt,
        Cancellation.none());
  }

  /** A copy with one header set (replacing any earlier value of that name). */
  public HttpRequest withHeader(String name, String value) {
    return new HttpRequest(
        method,
        url,
        headers.newBuilder().set(name, value).build(),
        body,
        contentType,
        pathTemplate,
        authenticated,
        options,
        attempt,
        cancellation);
  }

  /** A copy sent as {@code attempt}. */
  public HttpRequest withAttempt(Attempt attempt) {
    return new HttpRequest(
        method,
        url,
        headers,
        body,
        contentType,
        pathTemplate,
        authenticated,
        options,
        attempt,
        cancellation);
  }

  /** {@code GET /users/{id}}: method and template, never the concrete URL. */
  public String describe() {
    return method + " " + pathTemplate;
  }
}
