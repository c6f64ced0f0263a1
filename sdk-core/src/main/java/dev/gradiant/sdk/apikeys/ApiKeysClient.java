package dev.gradiant.sdk.apikeys;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * The {@code /api-keys} endpoints: create an {@code avk_…} key for {@code X-API-Key} authentication
 * (its secret is returned once, as a {@link dev.gradiant.sdk.core.Secret} that never prints), list
 * the keys, revoke one.
 *
 * <p>Every method checks its arguments before sending anything: a blank or too long name, no, a
 * repeated or an unknown scope, an expiry that is not in the future by the client's clock, or a
 * null, blank or path-changing id is an {@link IllegalArgumentException} or {@link
 * NullPointerException} naming the argument. API errors are thrown as {@link
 * dev.gradiant.sdk.errors.ApiException} subclasses.
 */
public final class ApiKeysClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(ApiKeysClient.class, ApiKeysClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  ApiKeysClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} (timeout, retries, idempotency key,
   * extra headers, credentials) on top of the client's settings. An idempotency key in {@code
   * options} applies to one call: the first {@code POST} through the view (or through a view
   * derived from it) sends it, and a later one throws {@link IllegalStateException} before sending;
   * make a new view for each call.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public ApiKeysClient withOptions(RequestOptions options) {
    return new ApiKeysClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /api-keys}: creates a key. The answer is the only one that carries the key itself
   * ({@link CreatedApiKey#secret()}): store it in a secret store; {@link
   * CreatedApiKey#credentials()} makes a client's credentials of it.
   *
   * @param params the name, the scopes and optionally the expiry
   * @return the new key, with its secret
   */
  public CreatedApiKey create(ApiKeyCreateParams params) {
    return executor.executeForData(
        ApiKeysRequests.create(params, executor.clock()), ApiKeysRequests.CREATED);
  }

  /**
   * {@code GET /api-keys}: the first page of the account's keys, with the server's default page
   * size. Secrets are never listed.
   *
   * @return the page; {@link Page#autoPager()} walks every key
   */
  public Page<ApiKeyInfo> list() {
    return raw.list().data();
  }

  /**
   * {@code GET /api-keys}: one page of the account's keys. Secrets are never listed.
   *
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every key from there on
   */
  public Page<ApiKeyInfo> list(ApiKeyListParams params) {
    return raw.list(params).data();
  }

  /**
   * {@code DELETE /api-keys/{id}}: the key stops working at once.
   *
   * <p>If an attempt's answer is lost (the connection broke after the request may have arrived) and
   * the retry is answered {@code 404}, the call succeeds: the key is gone, most likely revoked by
   * the lost attempt. A {@code 404} otherwise is a {@link
   * dev.gradiant.sdk.errors.NotFoundException}.
   *
   * @param apiKeyId the key's id ({@link ApiKeyInfo#id()}, not the key itself)
   */
  public void revoke(String apiKeyId) {
    raw.revoke(apiKeyId);
  }

  /** {@link ApiKeysClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /api-keys}.
     *
     * @param params the name, the scopes and optionally the expiry
     * @return the new key, with its secret, and the response metadata
     */
    public ApiResponse<CreatedApiKey> create(ApiKeyCreateParams params) {
      return executor.execute(
          ApiKeysRequests.create(params, executor.clock()), ApiKeysRequests.CREATED);
    }

    /**
     * {@code GET /api-keys} with the server's default page size.
     *
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<ApiKeyInfo>> list() {
      return list(ApiKeyListParams.builder().build());
    }

    /**
     * {@code GET /api-keys}.
     *
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<ApiKeyInfo>> list(ApiKeyListParams params) {
      return executor.executeList(ApiKeysRequests.list(params), ApiKeysRequests.KEYS);
    }

    /**
     * {@code DELETE /api-keys/{id}}.
     *
     * @param apiKeyId the key's id
     * @return no data ({@code 204}), and the response metadata; {@link
     *     dev.gradiant.sdk.core.ResponseMetadata#inferredFromRetry()} is true when the success was
     *     inferred from a {@code 404} after a lost answer
     */
    public ApiResponse<Void> revoke(String apiKeyId) {
      return executor.executeWithoutContent(ApiKeysRequests.revoke(apiKeyId));
    }
  }
}
