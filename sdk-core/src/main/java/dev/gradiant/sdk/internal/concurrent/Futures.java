package dev.gradiant.sdk.internal.concurrent;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Small helpers for the asynchronous face: futures that complete with the SDK's own exceptions (not
 * wrapped in {@link CompletionException}), and mapped futures whose cancellation reaches the call.
 */
public final class Futures {
  private Futures() {}

  /** {@return the exception a stage failed with, without {@link CompletionException} layers} */
  public static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * Waits for {@code future} on the calling thread (blocking paths only) and returns its value, or
   * throws what it failed with as it was thrown.
   */
  public static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = unwrap(e);
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /** {@return what {@code start} returns, or a failed future if it threw} */
  public static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> start) {
    try {
      return start.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * A future of {@code fn} applied to {@code source}'s value, failing with {@code source}'s own
   * exception. Unlike {@link CompletableFuture#thenApply}, cancelling (or otherwise completing) the
   * returned future first cancels {@code source}, so that the cancellation reaches the call. {@code
   * fn} and the returned future's dependents run on the thread that completes {@code source}.
   */
  public static <A, B> CompletableFuture<B> map(
      CompletableFuture<A> source, Function<? super A, ? extends B> fn) {
    CompletableFuture<B> result = new CompletableFuture<>();
    source.whenComplete((value, failure) -> settle(result, value, failure, fn));
    cancelWith(result, source);
    return result;
  }

  /**
   * Completes {@code result} with {@code fn} applied to {@code value}, or with the failure. Nothing
   * escapes: an {@link Error} thrown by {@code fn} (say an {@link OutOfMemoryError} while decoding)
   * fails {@code result} too, since {@link CompletableFuture#whenComplete} would swallow it and
   * leave {@code result} pending forever.
   */
  private static <A, B> void settle(
      CompletableFuture<B> result,
      A value,
      Throwable failure,
      Function<? super A, ? extends B> fn) {
    if (failure != null) {
      result.completeExceptionally(unwrap(failure));
      return;
    }
    try {
      result.complete(fn.apply(value));
    } catch (Throwable e) {
      result.completeExceptionally(e);
    }
  }

  /** Cancels {@code source} when {@code result} completes (is cancelled, say) before it. */
  private static void cancelWith(CompletableFuture<?> result, CompletableFuture<?> source) {
    result.whenComplete(
        (value, failure) -> {
          if (!source.isDone()) {
            source.cancel(false);
          }
        });
  }
}
