package dev.gradiant.sdk.internal.http;

import dev.gradiant.sdk.internal.concurrent.CompletionExecutor;
import dev.gradiant.sdk.internal.concurrent.Futures;
import dev.gradiant.sdk.internal.observability.CallObservation;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * The end of one asynchronous call: what turns the transport chain's answer into the future the
 * application holds ({@link #result()}), decoded on the thread {@link CompletionExecutor} picks,
 * and what carries that future's cancellation back to the call.
 *
 * <ul>
 *   <li>When the chain ends: the answer is read (or the failure translated by {@link
 *       ClientFailureGuard}), the call's observers are told, then the future completes. If the
 *       future was completed first (cancelled by the application, say), the observers are told of a
 *       cancelled call, once the chain has stopped, after its last attempt's events.
 *   <li>When the future completes (is cancelled, times out...) before the chain ends: the call's
 *       {@link Cancellation} fires, which stops the exchange in flight, a wait, the retries to
 *       come.
 * </ul>
 *
 * <p>One object per call, registered on the chain's future. The same steps once took a relay future
 * and a mapped future, each with stages of their own; with 1,000 calls in flight in-JVM the SDK
 * reached 0.67 of raw OkHttp's throughput with them, 0.73 with this class and the other trims of
 * the same change (see its commit).
 *
 * @param <R> what the call's answer is read into
 */
final class CallCompletion<R> implements BiConsumer<HttpResponse, Throwable> {
  private final CompletableFuture<R> result = new CompletableFuture<>();
  private final HttpRequest request;
  private final Cancellation cancellation;
  private final CallObservation observation;
  private final BiFunction<HttpRequest, HttpResponse, R> reader;
  private final CompletionExecutor completions;
  private volatile boolean chainEnded;

  /**
   * @param request the call's request, sent through the chain
   * @param cancellation the call's cancellation, which {@code request} carries
   * @param observation the call's observers, told of its end
   * @param reader reads the answer; what it throws fails the future
   * @param completions picks the thread that completes the future
   */
  CallCompletion(
      HttpRequest request,
      Cancellation cancellation,
      CallObservation observation,
      BiFunction<HttpRequest, HttpResponse, R> reader,
      CompletionExecutor completions) {
    this.request = request;
    this.cancellation = cancellation;
    this.observation = observation;
    this.reader = reader;
    this.completions = completions;
    result.whenComplete(
        (value, failure) -> {
          if (!chainEnded) {
            cancellation.cancel();
          }
        });
  }

  /** {@return the future handed to the application} */
  CompletableFuture<R> result() {
    return result;
  }

  /** The chain ended with {@code response}, or failed with {@code failure}. */
  @Override
  public void accept(HttpResponse response, Throwable failure) {
    chainEnded = true;
    if (result.isDone()) {
      // reported once the chain has stopped, after its last attempt's events
      observation.ended(null, true);
      return;
    }
    if (completions.mustHandOff()) {
      completions.handOff(() -> settle(response, failure));
    } else {
      settle(response, failure);
    }
  }

  /**
   * Completes the future with the answer read, or with the failure as the application sees it.
   * Nothing escapes: an {@link Error} thrown by the reader (an {@link OutOfMemoryError} while
   * decoding) fails the future too, which would otherwise stay pending for ever.
   */
  private void settle(HttpResponse response, Throwable failure) {
    if (failure != null) {
      fail(Futures.unwrap(failure));
      return;
    }
    R value;
    try {
      value = reader.apply(request, response);
    } catch (Throwable e) {
      fail(e);
      return;
    }
    observation.ended(null, false);
    result.complete(value);
  }

  private void fail(Throwable failure) {
    Throwable translated = ClientFailureGuard.translate(request, failure);
    observation.ended(translated, false);
    result.completeExceptionally(translated);
  }
}
