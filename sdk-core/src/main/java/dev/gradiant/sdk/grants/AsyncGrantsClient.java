package dev.gradiant.sdk.grants;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link GrantsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Lists are {@link AsyncPage}s.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncGrantsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncGrantsClient.class, AsyncGrantsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncGrantsClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, extra headers,
   * credentials) on top of the client's settings.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncGrantsClient withOptions(RequestOptions options) {
    return new AsyncGrantsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /grants/outgoing}: the first page of the grants the caller asked for.
   *
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every grant
   */
  public CompletableFuture<AsyncPage<Grant>> listOutgoing() {
    return ResponseFutures.data(raw.listOutgoing());
  }

  /**
   * {@code GET /grants/outgoing}: one page of the grants the caller asked for.
   *
   * @param params status filter, page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<Grant>> listOutgoing(GrantListParams params) {
    return ResponseFutures.data(raw.listOutgoing(params));
  }

  /**
   * {@code GET /grants/{id}}: one grant the caller is the grantee or the grantor of.
   *
   * @param grantId the grant's id
   * @return a future of the grant
   */
  public CompletableFuture<Grant> get(String grantId) {
    return executor.executeForDataAsync(GrantsRequests.get(grantId), GrantsRequests.GRANT);
  }

  /** {@link AsyncGrantsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /grants/outgoing} with the server's defaults.
     *
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Grant>>> listOutgoing() {
      return listOutgoing(GrantListParams.builder().build());
    }

    /**
     * {@code GET /grants/outgoing}.
     *
     * @param params status filter, page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Grant>>> listOutgoing(GrantListParams params) {
      return executor.executeListAsync(GrantsRequests.listOutgoing(params), GrantsRequests.GRANTS);
    }

    /**
     * {@code GET /grants/{id}}.
     *
     * @param grantId the grant's id
     * @return a future of the grant and the response metadata
     */
    public CompletableFuture<ApiResponse<Grant>> get(String grantId) {
      return executor.executeAsync(GrantsRequests.get(grantId), GrantsRequests.GRANT);
    }
  }
}
