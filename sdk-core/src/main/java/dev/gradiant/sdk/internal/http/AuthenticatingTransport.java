package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.internal.concurrent.Futures;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Adds credentials to every attempt that needs them, asking for them each time: the caller's
 * override from {@link dev.gradiant.sdk.core.RequestOptions} if set, else the client's. It sits
 * inside the retry loop, so each attempt carries the headers current when it is sent.
 *
 * <p>When the server answers {@code 401} and the credentials are {@link RenewableCredentials}, they
 * are renewed (once per call: only while {@link Attempt#mayRenewCredentials()}) and the {@code 401}
 * is returned {@linkplain HttpResponse#credentialsRenewed() marked}; the retry loop then replays
 * the call as one more attempt, on the call's deadline and within its retry budget. This layer
 * never sends a request twice.
 *
 * <p>Whatever the credentials fail with, obtaining headers or renewing them, reaches the retry loop
 * wrapped in a {@link CredentialsFailure}, so that it can retry a token endpoint's outage like any
 * transient failure, and knows that such an attempt lost no answer.
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
    Map<String, String> headers;
    try {
      headers = used.authHeaders();
    } catch (RuntimeException e) {
      throw new CredentialsFailure(e);
    }
    HttpResponse response = next.execute(withHeaders(request, headers));
    if (mayRenew(request, used, response) && renew((RenewableCredentials) used, headers)) {
      return response.withCredentialsRenewed();
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
    return fromCredentials(used::authHeadersAsync)
        .thenCompose(
            headers ->
                next.executeAsync(withHeaders(request, headers))
                    .thenCompose(response -> renewIfRejected(request, used, headers, response)));
  }

  /** After a {@code 401}, renews renewable credentials and marks the response if they were. */
  private static CompletableFuture<HttpResponse> renewIfRejected(
      HttpRequest request, Credentials used, Map<String, String> sent, HttpResponse response) {
    if (!mayRenew(request, used, response)) {
      return CompletableFuture.completedFuture(response);
    }
    RenewableCredentials renewable = (RenewableCredentials) used;
    return fromCredentials(() -> renewable.renewAfterRejectionAsync(sent))
        .thenApply(renewed -> renewed ? response.withCredentialsRenewed() : response);
  }

  private static boolean renew(RenewableCredentials renewable, Map<String, String> rejected) {
    try {
      return renewable.renewAfterRejection(rejected);
    } catch (RuntimeException e) {
      throw new CredentialsFailure(e);
    }
  }

  /** The future of a step of the credentials, failing with a {@link CredentialsFailure}. */
  private static <T> CompletableFuture<T> fromCredentials(Supplier<CompletableFuture<T>> step) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Futures.start(step)
        .whenComplete(
            (value, error) -> {
              if (error == null) {
                result.complete(value);
                return;
              }
              Throwable failure = Futures.unwrap(error);
              result.completeExceptionally(
                  failure instanceof RuntimeException runtime
                      ? new CredentialsFailure(runtime)
                      : failure);
            });
    return result;
  }

  private static boolean mayRenew(HttpRequest request, Credentials used, HttpResponse response) {
    return response.statusCode() == 401
        && used instanceof RenewableCredentials
        && request.attempt().mayRenewCredentials();
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
