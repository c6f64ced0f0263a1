package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RenewableCredentials;
import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
 * <p>Both faces ask through the credentials' asynchronous methods ({@link
 * Credentials#authHeadersAsync()}, {@link RenewableCredentials#renewAfterRejectionAsync}), and wait
 * for them no longer than the call's deadline ({@link CredentialsDeadline}): a token refresh that
 * hangs fails the call with an {@code ApiTimeoutException} at its deadline, and goes on for the
 * calls that come after. A blocking call waits on its own thread; an asynchronous one holds none.
 * The one shortcut: when the client's credentials keep the interface's default {@code
 * authHeadersAsync()} (which only wraps {@code authHeaders()} in a completed future), a blocking
 * call asks {@code authHeaders()} itself, without the future; what it throws takes the same path.
 *
 * <p>Whatever the credentials fail with, obtaining headers or renewing them, reaches the retry loop
 * wrapped in a {@link CredentialsFailure}, so that it can retry a token endpoint's outage like any
 * transient failure, and knows that such an attempt lost no answer. What a provider throws that is
 * neither a {@code GradiantException} nor the SDK's own {@link ClientStateException} (a vault
 * client's {@code IllegalStateException}, say) is a failure inside the client: it is wrapped in a
 * {@code ClientFailureException} first.
 */
public final class AuthenticatingTransport implements HttpTransport {
  private final HttpTransport next;
  private final Credentials credentials;
  private final CredentialsDeadline deadline;
  // Whether the client's credentials keep Credentials' own authHeadersAsync, which only wraps
  // authHeaders() in a completed future: then a call asks authHeaders() itself, without the future.
  private final boolean askedDirectly;

  /**
   * @param next the transport to send through
   * @param credentials the client's credentials, or {@code null} when it was built without any
   * @param clock the time source the calls' deadlines are set on
   * @param timer what ends a wait for the credentials at the call's deadline
   */
  public AuthenticatingTransport(
      HttpTransport next, Credentials credentials, Clock clock, DeadlineTimer timer) {
    this.next = next;
    this.credentials = credentials;
    this.deadline = new CredentialsDeadline(clock, timer);
    this.askedDirectly = credentials != null && DefaultAsyncCredentials.keepsDefault(credentials);
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    if (!request.authenticated()) {
      return next.execute(request);
    }
    Credentials used = credentialsFor(request);
    Map<String, String> headers =
        used == credentials && askedDirectly ? askDirectly(request, used) : askAsync(request, used);
    HttpResponse response = next.execute(withHeaders(request, headers));
    if (mayRenew(request, used, response)) {
      RenewableCredentials renewable = (RenewableCredentials) used;
      Boolean renewed =
          await(
              request, fromCredentials(request, () -> renewable.renewAfterRejectionAsync(headers)));
      if (Boolean.TRUE.equals(renewed)) {
        return response.withCredentialsRenewed();
      }
    }
    return response;
  }

  /**
   * The same steps as {@link #execute}, with the credentials' futures composed instead of awaited,
   * so that a refresh in flight is awaited without blocking a thread.
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
    CompletableFuture<Map<String, String>> asked = ask(used);
    if (isReady(asked)) {
      // As on the blocking path: headers at hand (an API key, a token still valid) are used at
      // once, and a response is awaited for a renewal only by credentials that can be renewed,
      // so that the common call makes no future of its own here.
      Map<String, String> headers = asked.getNow(null);
      HttpRequest authenticated;
      try {
        authenticated = withHeaders(request, headers);
      } catch (ClientStateException e) {
        return CompletableFuture.failedFuture(e);
      }
      CompletableFuture<HttpResponse> sent = next.executeAsync(authenticated);
      if (!(used instanceof RenewableCredentials) || !request.attempt().mayRenewCredentials()) {
        return sent;
      }
      return sent.thenCompose(response -> renewIfRejected(request, used, headers, response));
    }
    return fromCredentials(request, asked)
        .thenCompose(
            headers ->
                next.executeAsync(withHeaders(request, headers))
                    .thenCompose(response -> renewIfRejected(request, used, headers, response)));
  }

  /** After a {@code 401}, renews renewable credentials and marks the response if they were. */
  private CompletableFuture<HttpResponse> renewIfRejected(
      HttpRequest request, Credentials used, Map<String, String> sent, HttpResponse response) {
    if (!mayRenew(request, used, response)) {
      return CompletableFuture.completedFuture(response);
    }
    RenewableCredentials renewable = (RenewableCredentials) used;
    return fromCredentials(request, () -> renewable.renewAfterRejectionAsync(sent))
        .thenApply(
            renewed -> Boolean.TRUE.equals(renewed) ? response.withCredentialsRenewed() : response);
  }

  /**
   * {@return the headers of credentials that have them at hand (an API key, a token still valid),
   * read at once} The futures that hold a wait to the deadline are made only for a wait or a
   * failure.
   */
  private Map<String, String> askAsync(HttpRequest request, Credentials used) {
    CompletableFuture<Map<String, String>> asked = ask(used);
    return isReady(asked) ? asked.getNow(null) : await(request, fromCredentials(request, asked));
  }

  /**
   * {@return what {@link Credentials#authHeaders()} answers} As {@link #askAsync} with the default
   * {@code authHeadersAsync}, without its future: a failure takes the same way.
   */
  private Map<String, String> askDirectly(HttpRequest request, Credentials used) {
    try {
      return used.authHeaders();
    } catch (RuntimeException e) {
      return await(request, fromCredentials(request, CompletableFuture.failedFuture(e)));
    }
  }

  /** {@return the credentials' headers as they answer, or the failure they threw} */
  private static CompletableFuture<Map<String, String>> ask(Credentials used) {
    try {
      return used.authHeadersAsync();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static boolean isReady(CompletableFuture<?> future) {
    return future != null && future.isDone() && !future.isCompletedExceptionally();
  }

  /**
   * Waits on a blocking call's thread for a step of the credentials (already held to the call's
   * deadline), and throws what it failed with.
   */
  private static <T> T await(HttpRequest request, CompletableFuture<T> step) {
    try {
      return step.get();
    } catch (ExecutionException e) {
      Throwable failure = e.getCause();
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      throw new CompletionException(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CredentialsFailure.endingCall(
          new ConnectionException(
              request.describe() + " was interrupted while waiting for its credentials", e));
    }
  }

  /**
   * The future of a step of the credentials, failing with a {@link CredentialsFailure}, and held to
   * the call's deadline.
   */
  private <T> CompletableFuture<T> fromCredentials(
      HttpRequest request, Supplier<CompletableFuture<T>> step) {
    return fromCredentials(request, Futures.start(step));
  }

  /** As {@link #fromCredentials(HttpRequest, Supplier)}, for a step already started. */
  private <T> CompletableFuture<T> fromCredentials(HttpRequest request, CompletableFuture<T> step) {
    CompletableFuture<T> result = new CompletableFuture<>();
    step.whenComplete(
        (value, error) -> {
          if (error == null) {
            result.complete(value);
            return;
          }
          Throwable failure = Futures.unwrap(error);
          result.completeExceptionally(
              failure instanceof Error
                  ? failure
                  : new CredentialsFailure(sorted(request, failure)));
        });
    return deadline.bound(request, result);
  }

  /**
   * {@return what the credentials failed with, as the caller may see it} A {@link
   * GradiantException} (the token endpoint's answer) and the SDK's own {@link ClientStateException}
   * as they are; anything else a provider throws, an {@code IllegalStateException} or {@code
   * IllegalArgumentException} included (they are not the caller's mistake), as a {@link
   * ClientFailureException} carrying it.
   */
  private static RuntimeException sorted(HttpRequest request, Throwable failure) {
    if (failure instanceof GradiantException || failure instanceof ClientStateException) {
      return (RuntimeException) failure;
    }
    return new ClientFailureException(
        request.describe()
            + " failed inside the client with "
            + failure.getClass().getName()
            + " (see the cause)",
        failure);
  }

  private static boolean mayRenew(HttpRequest request, Credentials used, HttpResponse response) {
    return response.statusCode() == 401
        && used instanceof RenewableCredentials
        && request.attempt().mayRenewCredentials();
  }

  private Credentials credentialsFor(HttpRequest request) {
    Credentials used = request.options().credentials().orElse(credentials);
    if (used == null) {
      throw new ClientStateException(
          request.describe()
              + " needs credentials, but this client was built withoutCredentials(): pass them"
              + " with withOptions(RequestOptions.builder().credentials(..).build())");
    }
    return used;
  }

  private static HttpRequest withHeaders(HttpRequest request, Map<String, String> headers) {
    if (headers == null || headers.isEmpty()) {
      throw new ClientStateException(
          "The credentials provider returned no headers for " + request.describe());
    }
    // Copied (free for an immutable map, such as the SDK's own credentials return) so that a
    // provider's map changing later cannot change a request already made. The attempt carries
    // them: the request itself is not copied.
    return request.authenticatedWith(Map.copyOf(headers));
  }

  @Override
  public void close() {
    next.close();
  }
}
