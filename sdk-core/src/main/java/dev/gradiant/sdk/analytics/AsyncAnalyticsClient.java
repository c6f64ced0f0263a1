package dev.gradiant.sdk.analytics;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AnalyticsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncAnalyticsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncAnalyticsClient.class, AsyncAnalyticsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncAnalyticsClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} on top of the client's settings.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncAnalyticsClient withOptions(RequestOptions options) {
    return new AsyncAnalyticsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /analytics/sessions}: session totals over the range and one point per interval.
   *
   * @param params the range and the bucket width
   * @return a future of the session analytics
   */
  public CompletableFuture<SessionAnalytics> sessions(AnalyticsParams params) {
    return executor.executeForDataAsync(
        AnalyticsRequests.sessions(params), AnalyticsRequests.SESSIONS);
  }

  /**
   * {@code GET /analytics/users}: user totals over the range and one point per interval.
   *
   * @param params the range and the bucket width
   * @return a future of the user analytics
   */
  public CompletableFuture<UserAnalytics> users(AnalyticsParams params) {
    return executor.executeForDataAsync(AnalyticsRequests.users(params), AnalyticsRequests.USERS);
  }

  /** {@link AsyncAnalyticsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /analytics/sessions}.
     *
     * @param params the range and the bucket width
     * @return a future of the session analytics and the response metadata
     */
    public CompletableFuture<ApiResponse<SessionAnalytics>> sessions(AnalyticsParams params) {
      return executor.executeAsync(AnalyticsRequests.sessions(params), AnalyticsRequests.SESSIONS);
    }

    /**
     * {@code GET /analytics/users}.
     *
     * @param params the range and the bucket width
     * @return a future of the user analytics and the response metadata
     */
    public CompletableFuture<ApiResponse<UserAnalytics>> users(AnalyticsParams params) {
      return executor.executeAsync(AnalyticsRequests.users(params), AnalyticsRequests.USERS);
    }
  }
}
