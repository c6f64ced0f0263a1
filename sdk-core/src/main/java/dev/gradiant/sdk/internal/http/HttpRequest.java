package dev.gradiant.sdk.internal.http;

import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * One request as it will go on the wire.
 *
 * @param method the HTTP method
 * @param url the full URL, path parameters already validated and percent-encoded
 * @param headers the headers to send (authentication is added by the auth layer)
 * @param body the JSON body, or {@code null} for none
 * @param pathTemplate the endpoint as written in the spec ({@code /users/{id}}), for logs and
 *     errors: it never holds ids or query values
 * @param authenticated whether the client's credentials must be attached
 */
public record HttpRequest(
    String method,
    HttpUrl url,
    Headers headers,
    byte[] body,
    String pathTemplate,
    boolean authenticated) {

  /** A copy with one header set (replacing any earlier value of that name). */
  public HttpRequest withHeader(String name, String value) {
    return new HttpRequest(
        method,
        url,
        headers.newBuilder().set(name, value).build(),
        body,
        pathTemplate,
        authenticated);
  }

  /** {@code GET /users/{id}}: method and template, never the concrete URL. */
  public String describe() {
    return method + " " + pathTemplate;
  }
}
