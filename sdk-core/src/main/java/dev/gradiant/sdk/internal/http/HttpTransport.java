package dev.gradiant.sdk.internal.http;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one HTTP request and returns its fully read response. Behaviour (authentication,
 * idempotency, retries, logging) is added by wrapping one transport in another, never by flags.
 *
 * <p>Implementations throw {@link dev.gradiant.sdk.errors.ConnectionException} or {@link
 * dev.gradiant.sdk.errors.ApiTimeoutException} when no response arrived; any HTTP status, including
 * errors, is a normal return.
 *
 * <p>{@link #executeAsync} is the same exchange without blocking a thread: every decorator shares
 * its decisions with {@link #execute} and only waits differently (a {@link
 * dev.gradiant.sdk.internal.resilience.Scheduler} instead of a sleeping thread). Its future fails
 * with the same exceptions, and the call stops when {@link HttpRequest#cancellation()} fires.
 */
public interface HttpTransport extends AutoCloseable {

  /** Sends {@code request} and returns the response, whatever its status. */
  HttpResponse execute(HttpRequest request);

  /**
   * Sends {@code request} without blocking the calling thread; the future completes with the
   * response, whatever its status, or fails as {@link #execute} would throw.
   */
  CompletableFuture<HttpResponse> executeAsync(HttpRequest request);

  /** Releases what this transport owns; calls after close fail. */
  @Override
  void close();
}
