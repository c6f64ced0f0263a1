package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.auth.Credentials;
import java.util.Map;

/** Adds the client's credentials to every request that needs them, asking for them each time. */
public final class AuthenticatingTransport implements HttpTransport {
  private final HttpTransport next;
  private final Credentials credentials;

  /**
   * @param next the transport to send through
   * @param credentials where the authentication headers come from
   */
  public AuthenticatingTransport(HttpTransport next, Credentials credentials) {
    this.next = next;
    this.credentials = credentials;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    if (!request.authenticated()) {
      return next.execute(request);
    }
    HttpRequest authenticated = request;
    Map<String, String> headers = credentials.authHeaders();
    if (headers == null || headers.isEmpty()) {
      throw new IllegalStateException(
          "The credentials provider returned no headers for " + request.describe());
    }
    for (Map.Entry<String, String> header : headers.entrySet()) {
      authenticated = authenticated.withHeader(header.getKey(), header.getValue());
    }
    return next.execute(authenticated);
  }

  @Override
  public void close() {
    next.close();
  }
}
