package dev.gradiant.sdk.health;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import java.util.concurrent.CompletableFuture;

/**
 * {@link HealthClient} without blocking: {@code GET /health} as a {@link CompletableFuture} that
 * completes with the same result or fails with the same exception. Cancelling the future cancels
 * the request.
 */
public final class AsyncHealthClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncHealthClient.class, AsyncHealthClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncHealthClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} on top of the client's settings.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncHealthClient withOptions(RequestOptions options) {
    return new AsyncHealthClient(executor.withOptions(options));
  }

  /**
   * {@code GET /health}.
   *
   * @return a future of the service's health
   */
  public CompletableFuture<HealthStatus> check() {
    return executor.executeForDataAsync(HealthRequests.check(), HealthRequests.HEALTH);
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /** {@link AsyncHealthClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /health}.
     *
     * @return a future of the service's health and the response metadata
     */
    public CompletableFuture<ApiResponse<HealthStatus>> check() {
      return executor.executeAsync(HealthRequests.check(), HealthRequests.HEALTH);
    }
  }
}
