package dev.gradiant.sdk.health;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;

/** {@code GET /health}: uptime checks, sent without credentials. */
public final class HealthClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(HealthClient.class, HealthClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  HealthClient(RequestExecutor executor) {
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
  public HealthClient withOptions(RequestOptions options) {
    return new HealthClient(executor.withOptions(options));
  }

  /**
   * {@code GET /health}.
   *
   * @return the service's health
   */
  public HealthStatus check() {
    return executor.executeForData(HealthRequests.check(), HealthRequests.HEALTH);
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /** {@link HealthClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /health}.
     *
     * @return the service's health and the response metadata
     */
    public ApiResponse<HealthStatus> check() {
      return executor.execute(HealthRequests.check(), HealthRequests.HEALTH);
    }
  }
}
