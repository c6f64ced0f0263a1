package dev.gradiant.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for the futures of the asynchronous client in tests, within a bound, never by sleeping. */
public final class AsyncResults {
  private AsyncResults() {}

  /** The future's value; what it failed with is rethrown as it was (unchecked). */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new CompletionException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 30 s", e);
    }
  }

  /** What the future failed with, checked to be a {@code type}; fails if it succeeded. */
  public static <X extends Throwable> X failure(Class<X> type, CompletableFuture<?> future) {
    try {
      Object value = future.get(30, TimeUnit.SECONDS);
      throw new AssertionError("expected a " + type.getSimpleName() + ", got " + value);
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(type);
      return type.cast(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (TimeoutException e) {
      throw new AssertionError("the future did not complete within 30 s", e);
    }
  }
}
