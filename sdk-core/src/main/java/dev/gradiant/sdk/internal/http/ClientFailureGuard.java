package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.errors.ClientFailureException;
import dev.gradiant.sdk.errors.GradiantException;
import java.util.concurrent.CancellationException;

/**
 * The rule {@link RequestExecutor} applies to whatever a call fails with once its request is made,
 * sending it through the transport chain and decoding the answer, on both faces: the caller sees a
 * {@link GradiantException}, the SDK's own refusal to send ({@link ClientStateException}, an {@link
 * IllegalStateException}), or the {@link CancellationException} of a cancelled call. Anything else
 * (an {@link ArithmeticException}, an {@link IllegalStateException} or {@link NullPointerException}
 * thrown by a credentials provider or by a bug in the SDK, a checked exception failing an
 * asynchronous step) becomes a {@link ClientFailureException} carrying it as the cause. {@link
 * Error}s pass unchanged.
 *
 * <p>The caller's own mistakes ({@link IllegalArgumentException} and {@link NullPointerException}
 * for invalid arguments, the {@link IllegalStateException} of a spent idempotency key) are thrown
 * before: while the request is made, outside the guarded part.
 */
final class ClientFailureGuard {
  private ClientFailureGuard() {}

  /** {@return {@code failure} if the caller may see it as it is, else it wrapped} */
  static RuntimeException translate(HttpRequest request, RuntimeException failure) {
    return (RuntimeException) translate(request, (Throwable) failure);
  }

  /** {@return {@code failure} if the caller may see it as it is, else it wrapped} */
  static Throwable translate(HttpRequest request, Throwable failure) {
    if (failure instanceof GradiantException
        || failure instanceof ClientStateException
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
}
