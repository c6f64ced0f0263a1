package dev.gradiant.sdk.healthrecords;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link HealthRecordsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Lists are {@link AsyncPage}s.
 *
 * <p>Arguments are checked before anything is sent (a share's expiry against the client's clock),
 * and a bad one is thrown at once. Cancelling a returned future cancels the request in flight and
 * any retry to come.
 */
public final class AsyncHealthRecordsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncHealthRecordsClient.class, AsyncHealthRecordsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncHealthRecordsClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} on top of the client's settings; see
   * {@link HealthRecordsClient#withOptions(RequestOptions)}.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncHealthRecordsClient withOptions(RequestOptions options) {
    return new AsyncHealthRecordsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /health-records/shares}; see {@link HealthRecordsClient#share}.
   *
   * @param params the practitioner, the record types and the expiry
   * @return a future of the share
   * @throws IllegalArgumentException at once if the expiry is not in the future or more than 365
   *     days ahead
   */
  public CompletableFuture<HealthRecordShare> share(HealthRecordShareCreateParams params) {
    return executor.executeForDataAsync(
        HealthRecordsRequests.share(params, executor.clock()), HealthRecordsRequests.SHARE);
  }

  /**
   * {@code GET /users/{id}/health-record-shares}: the first page of the user's active shares.
   *
   * @param userId the user whose shares to list
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every share
   */
  public CompletableFuture<AsyncPage<HealthRecordShare>> listForUser(String userId) {
    return ResponseFutures.data(raw.listForUser(userId));
  }

  /**
   * {@code GET /users/{id}/health-record-shares}: one page of the user's active shares.
   *
   * @param userId the user whose shares to list
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<HealthRecordShare>> listForUser(
      String userId, HealthRecordShareListParams params) {
    return ResponseFutures.data(raw.listForUser(userId, params));
  }

  /**
   * {@code DELETE /health-records/shares/{id}}; see {@link HealthRecordsClient#revoke}.
   *
   * @param shareId the share's id
   * @return a future that completes when the share is revoked
   */
  public CompletableFuture<Void> revoke(String shareId) {
    return ResponseFutures.data(raw.revoke(shareId));
  }

  /** {@link AsyncHealthRecordsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /health-records/shares}.
     *
     * @param params the practitioner, the record types and the expiry
     * @return a future of the share and the response metadata
     */
    public CompletableFuture<ApiResponse<HealthRecordShare>> share(
        HealthRecordShareCreateParams params) {
      return executor.executeAsync(
          HealthRecordsRequests.share(params, executor.clock()), HealthRecordsRequests.SHARE);
    }

    /**
     * {@code GET /users/{id}/health-record-shares} with the server's default page size.
     *
     * @param userId the user whose shares to list
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<HealthRecordShare>>> listForUser(String userId) {
      return listForUser(userId, HealthRecordShareListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/health-record-shares}.
     *
     * @param userId the user whose shares to list
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<HealthRecordShare>>> listForUser(
        String userId, HealthRecordShareListParams params) {
      return executor.executeListAsync(
          HealthRecordsRequests.list(userId, params), HealthRecordsRequests.SHARES);
    }

    /**
     * {@code DELETE /health-records/shares/{id}}.
     *
     * @param shareId the share's id
     * @return a future of no data ({@code 204}) and the response metadata
     */
    public CompletableFuture<ApiResponse<Void>> revoke(String shareId) {
      return executor.executeWithoutContentAsync(HealthRecordsRequests.revoke(shareId));
    }
  }
}
