package dev.gradiant.sdk.apikeys;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link ApiKeysClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Lists are {@link AsyncPage}s.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncApiKeysClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncApiKeysClient.class, AsyncApiKeysClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncApiKeysClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} on top of the client's settings; see
   * {@link ApiKeysClient#withOptions(RequestOptions)}.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncApiKeysClient withOptions(RequestOptions options) {
    return new AsyncApiKeysClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /api-keys}; see {@link ApiKeysClient#create}.
   *
   * @param params the name, the scopes and optionally the expiry
   * @return a future of the new key, with its secret
   */
  public CompletableFuture<CreatedApiKey> create(ApiKeyCreateParams params) {
    return executor.executeForDataAsync(
        ApiKeysRequests.create(params, executor.clock()), ApiKeysRequests.CREATED);
  }

  /**
   * {@code GET /api-keys}: the first page of the account's keys.
   *
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every key
   */
  public CompletableFuture<AsyncPage<ApiKeyInfo>> list() {
    return ResponseFutures.data(raw.list());
  }

  /**
   * {@code GET /api-keys}: one page of the account's keys.
   *
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<ApiKeyInfo>> list(ApiKeyListParams params) {
    return ResponseFutures.data(raw.list(params));
  }

  /**
   * {@code DELETE /api-keys/{id}}; see {@link ApiKeysClient#revoke}.
   *
   * @param apiKeyId the key's id
   * @return a future that completes when the key is revoked
   */
  public CompletableFuture<Void> revoke(String apiKeyId) {
    return ResponseFutures.data(raw.revoke(apiKeyId));
  }

  /** {@link AsyncApiKeysClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /api-keys}.
     *
     * @param params the name, the scopes and optionally the expiry
     * @return a future of the new key, with its secret, and the response metadata
     */
    public CompletableFuture<ApiResponse<CreatedApiKey>> create(ApiKeyCreateParams params) {
      return executor.executeAsync(
          ApiKeysRequests.create(params, executor.clock()), ApiKeysRequests.CREATED);
    }

    /**
     * {@code GET /api-keys} with the server's default page size.
     *
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<ApiKeyInfo>>> list() {
      return list(ApiKeyListParams.builder().build());
    }

    /**
     * {@code GET /api-keys}.
     *
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<ApiKeyInfo>>> list(ApiKeyListParams params) {
      return executor.executeListAsync(ApiKeysRequests.list(params), ApiKeysRequests.KEYS);
    }

    /**
     * {@code DELETE /api-keys/{id}}.
     *
     * @param apiKeyId the key's id
     * @return a future of no data ({@code 204}) and the response metadata
     */
    public CompletableFuture<ApiResponse<Void>> revoke(String apiKeyId) {
      return executor.executeWithoutContentAsync(ApiKeysRequests.revoke(apiKeyId));
    }
  }
}
