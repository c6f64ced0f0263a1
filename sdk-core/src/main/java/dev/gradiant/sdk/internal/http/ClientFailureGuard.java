package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.GradiantException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The outer edge of the transport chain, where {@link RequestExecutor} sends: whatever escapes the
 * chain reaches the caller as a {@link GradiantException}, or as one of the exceptions the SDK
 * documents for the caller's own mistakes ({@link IllegalArgumentException}, {@link
 * NullPointerException}, {@link IllegalStateException}) or for a cancelled call ({@link
 * CancellationException}). Any other exception (an {@link ArithmeticException}, a failure thrown by
 * a credentials provider, a bug) becomes a {@link ClientFailureException} carrying it as the cause.
 * {@link Error}s pass unchanged.
 */
final class ClientFailureGuard implements HttpTransport {
  private final HttpTransport next;

  ClientFailureGuard(HttpTransport next) {
    this.next = next;
  }

  @Override
  public HttpResponse execute(HttpRequest request) {
    try {
      return next.execute(request);
    } catch (RuntimeException e) {
      throw (RuntimeException) translate(request, e);
    }
  }

  /**
   * The same translation for the future's failure. The returned future is a new one: cancelling it
   * does not cancel {@code next}'s future, which is what the request's {@link Cancellation} is for.
   */
  @Override
  public CompletableFuture<HttpResponse> executeAsync(HttpRequest request) {
    CompletableFuture<HttpResponse> result = new CompletableFuture<>();
    Futures.start(() -> next.executeAsync(request))
        .whenComplete(
            (response, failure) -> {
              if (failure == null) {
                result.complete(response);
              } else {
                result.completeExceptionally(translate(request, Futures.unwrap(failure)));
              }
            });
    return result;
  }

  /** {@return {@code failure} if the caller may see it as it is, else it wrapped} */
  static Throwable translate(HttpRequest request, Throwable failure) {
    if (failure instanceof GradiantException
        || failure instanceof IllegalArgumentException
        || failure instanceof NullPointerException
        || failure instanceof IllegalStateException
        || failure instanceof CancellationException
        || failure instanceof Error) {
      return failure;
    }
    return new ClientFailureException(
        request.describe()
            + " failed inside the client with "
            + failure.getClass().getName()
            + " (see the cause)",
        failure);
  }

  @Override
  public void close() {
    next.close();
  }
}
