package dev.gradiant.sdk.analytics;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;

/**
 * The {@code /analytics} endpoints: session and user totals with a time series, for dashboards.
 *
 * <p>Both take an {@link AnalyticsParams}: an inclusive range of UTC days, checked before anything
 * is sent, and an optional bucket width. API errors are thrown as {@link
 * dev.gradiant.sdk.errors.ApiException} subclasses.
 */
public final class AnalyticsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AnalyticsClient.class, AnalyticsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AnalyticsClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AnalyticsClient withOptions(RequestOptions options) {
    return new AnalyticsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /analytics/sessions}: session totals over the range and one point per interval.
   *
   * @param params the range and the bucket width
   * @return the session analytics
   */
  public SessionAnalytics sessions(AnalyticsParams params) {
    return executor.executeForData(AnalyticsRequests.sessions(params), AnalyticsRequests.SESSIONS);
  }

  /**
   * {@code GET /analytics/users}: user totals over the range and one point per interval.
   *
   * @param params the range and the bucket width
   * @return the user analytics
   */
  public UserAnalytics users(AnalyticsParams params) {
    return executor.executeForData(AnalyticsRequests.users(params), AnalyticsRequests.USERS);
  }

  /** {@link AnalyticsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /analytics/sessions}.
     *
     * @param params the range and the bucket width
     * @return the session analytics and the response metadata
     */
    public ApiResponse<SessionAnalytics> sessions(AnalyticsParams params) {
      return executor.execute(AnalyticsRequests.sessions(params), AnalyticsRequests.SESSIONS);
    }

    /**
     * {@code GET /analytics/users}.
     *
     * @param params the range and the bucket width
     * @return the user analytics and the response metadata
     */
    public ApiResponse<UserAnalytics> users(AnalyticsParams params) {
      return executor.execute(AnalyticsRequests.users(params), AnalyticsRequests.USERS);
    }
  }
}
