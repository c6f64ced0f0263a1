package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.auth.Credentials;
import dev.gradiant.sdk.auth.RenewableCredentials;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Adds credentials to every request that needs them, asking for them each time: the caller's
 * override from {@link dev.gradiant.sdk.RequestOptions} if set, else the client's. When the server
 * answers {@code 401} and the credentials are {@link RenewableCredentials}, they are renewed once
 * and the request is replayed once.
 */
public final class AuthenticatingTransport implements HttpTransport {
  private final HttpTransport next;
  private final Credentials credentials;

  /**
   * @param next the transport to send through
   * @param credentials the client's credentials, or {@code null} when it was built without any
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
    Credentials used = credentialsFor(request);
    Map<String, String> headers = used.authHeaders();
    HttpResponse response = next.execute(withHeaders(request, headers));
    if (response.statusCode() == 401
        && used instanceof RenewableCredentials renewable
        && renewable.renewAfterRejection(headers)) {
      return next.execute(withHeaders(request, used.authHeaders()));
    }
    return response;
  }

  /**
   * The same steps as {@link #execute} through the credentials' asynchronous methods ({@link
   * Credentials#authHeadersAsync()}, {@link RenewableCredentials#renewAfterRejectionAsync}), so
   * that a refresh in flight is awaited without blocking a thread.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    if (!request.authenticated()) {
      return next.executeAsync(request);
    }
    Credentials used;
    try {
      used = credentialsFor(request);
    } catch (IllegalStateException e) {
      return CompletableFuture.failedFuture(e);
    }
    return used.authHeadersAsync()
        .thenCompose(
            headers ->
                next.executeAsync(withHeaders(request, headers))
                    .thenCompose(response -> replayIfRenewed(request, used, headers, response)));
  }

  /** After a {@code 401}, renews renewable credentials once and replays the request once. */
  private CompletableFuture<HttpResponse> replayIfRenewed(
      HttpRequest request, Credentials used, Map<String, String> sent, HttpResponse response) {
    if (response.statusCode() != 401 || !(used instanceof RenewableCredentials renewable)) {
      return CompletableFuture.completedFuture(response);
    }
    return renewable
        .renewAfterRejectionAsync(sent)
        .thenCompose(
            renewed ->
                renewed
                    ? used.authHeadersAsync()
                        .thenCompose(fresh -> next.executeAsync(withHeaders(request, fresh)))
                    : CompletableFuture.completedFuture(response));
  }

  private Credentials credentialsFor(HttpRequest request) {
    Credentials used = request.options().credentials().orElse(credentials);
    if (used == null) {
      throw new IllegalStateException(
          request.describe()
              + " needs credentials, but this client was built withoutCredentials(): pass them"
              + " with withOptions(RequestOptions.builder().credentials(..).build())");
    }
    return used;
  }

  private static HttpRequest withHeaders(HttpRequest request, Map<String, String> headers) {
    if (headers == null || headers.isEmpty()) {
      throw new IllegalStateException(
          "The credentials provider returned no headers for " + request.describe());
    }
    // Copied (free for an immutable map, such as the SDK's own credentials return) so that a
    // provider's map changing later cannot change a request already made.
    return request.withCredentialHeaders(Map.copyOf(headers));
  }

  @Override
  public void close() {
    next.close();
  }
}
