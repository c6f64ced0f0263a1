package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.errors.ApiTimeoutException;
import dev.gradiant.sdk.internal.concurrent.Futures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Holds a wait for the credentials (the headers of an attempt, or their renewal after a {@code
 * 401}) to the call's deadline: the wait ends when the credentials are ready or when the deadline
 * comes, whichever is first, and then the call fails with an {@link ApiTimeoutException} (wrapped
 * in a {@link CredentialsFailure} that {@linkplain CredentialsFailure#endsCall() ends the call}).
 * It ends early, with a {@link CancellationException}, when an asynchronous call is cancelled. The
 * credentials' own future is left alone, so a refresh that other calls share goes on for them.
 */
final class CredentialsDeadline {
  private final Clock clock;
  private final DeadlineTimer timer;

  /**
   * @param clock the time source the call's deadline was set on
   * @param timer what ends the wait at the deadline
   */
  CredentialsDeadline(Clock clock, DeadlineTimer timer) {
    this.clock = clock;
    this.timer = timer;
  }

  /**
   * {@return {@code pending}, or a future failing when {@code request}'s call runs out of time (or
   * is cancelled) before it completes} A future already done, or a call without a deadline, is not
   * held to anything.
   */
  <T> CompletableFuture<T> bound(HttpRequest request, CompletableFuture<T> pending) {
    Instant deadline = request.attempt().deadline();
    if (pending.isDone() || deadline == null) {
      return pending;
    }
    CompletableFuture<T> bounded = new CompletableFuture<>();
    Duration remaining = Duration.between(clock.instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      bounded.completeExceptionally(outOfTime(request));
      return bounded;
    }
    CompletableFuture<Void> expiry = timer.after(remaining, request.cancellation());
    expiry.whenComplete(
        (ignored, failure) -> {
          if (failure == null) {
            bounded.completeExceptionally(outOfTime(request));
          } else if (Futures.unwrap(failure) instanceof CancellationException) {
            // the call was cancelled (or the credentials came first, and this does nothing)
            bounded.completeExceptionally(
                new CancellationException(request.describe() + " was cancelled"));
          } else {
            // the timer is closed with the client
            bounded.completeExceptionally(Futures.unwrap(failure));
          }
        });
    pending.whenComplete(
        (value, failure) -> {
          if (failure == null) {
            bounded.complete(value);
          } else {
            bounded.completeExceptionally(Futures.unwrap(failure));
          }
          expiry.cancel(false);
        });
    return bounded;
  }

  private static CredentialsFailure outOfTime(HttpRequest request) {
    return CredentialsFailure.endingCall(
        new ApiTimeoutException(
            request.describe()
                + " timed out: its credentials were not ready within its timeout (a token"
                + " refresh still running goes on for later calls)",
            null));
  }
}
