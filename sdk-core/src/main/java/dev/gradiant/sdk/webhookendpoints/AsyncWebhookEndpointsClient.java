package dev.gradiant.sdk.webhookendpoints;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link WebhookEndpointsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Lists are {@link AsyncPage}s.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncWebhookEndpointsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(
        AsyncWebhookEndpointsClient.class, AsyncWebhookEndpointsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncWebhookEndpointsClient(RequestExecutor executor) {
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
  public AsyncWebhookEndpointsClient withOptions(RequestOptions options) {
    return new AsyncWebhookEndpointsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /webhooks}: registers an endpoint; the answer carries its signing secret.
   *
   * @param params the URL, the event types and optionally the secret to use
   * @return a future of the registered endpoint, with its secret
   */
  public CompletableFuture<WebhookEndpoint> create(WebhookEndpointCreateParams params) {
    return executor.executeForDataAsync(
        WebhookEndpointsRequests.create(params), WebhookEndpointsRequests.ENDPOINT);
  }

  /**
   * {@code GET /webhooks}: the first page of registered endpoints.
   *
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every endpoint
   */
  public CompletableFuture<AsyncPage<WebhookEndpoint>> list() {
    return ResponseFutures.data(raw.list());
  }

  /**
   * {@code GET /webhooks}: one page of registered endpoints.
   *
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<WebhookEndpoint>> list(WebhookEndpointListParams params) {
    return ResponseFutures.data(raw.list(params));
  }

  /**
   * {@code DELETE /webhooks/{id}}: stops deliveries to the endpoint.
   *
   * <p>If an attempt's answer is lost (the connection broke after the request may have arrived) and
   * the retry is answered {@code 404}, the call succeeds: the endpoint is gone, most likely deleted
   * by the lost attempt. A {@code 404} otherwise is a {@link
   * dev.gradiant.sdk.errors.NotFoundException}.
   *
   * @param webhookEndpointId the endpoint's id
   * @return a future that completes when the endpoint is deleted
   */
  public CompletableFuture<Void> delete(String webhookEndpointId) {
    return ResponseFutures.data(raw.delete(webhookEndpointId));
  }

  /** {@link AsyncWebhookEndpointsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /webhooks}.
     *
     * @param params the URL, the event types and optionally the secret to use
     * @return a future of the registered endpoint, with its secret, and the response metadata
     */
    public CompletableFuture<ApiResponse<WebhookEndpoint>> create(
        WebhookEndpointCreateParams params) {
      return executor.executeAsync(
          WebhookEndpointsRequests.create(params), WebhookEndpointsRequests.ENDPOINT);
    }

    /**
     * {@code GET /webhooks} with the server's default page size.
     *
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<WebhookEndpoint>>> list() {
      return list(WebhookEndpointListParams.builder().build());
    }

    /**
     * {@code GET /webhooks}.
     *
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<WebhookEndpoint>>> list(
        WebhookEndpointListParams params) {
      return executor.executeListAsync(
          WebhookEndpointsRequests.list(params), WebhookEndpointsRequests.ENDPOINTS);
    }

    /**
     * {@code DELETE /webhooks/{id}}.
     *
     * @param webhookEndpointId the endpoint's id
     * @return a future of no data ({@code 204}) and the response metadata; {@link
     *     dev.gradiant.sdk.core.ResponseMetadata#inferredFromRetry()} is true when the success was
     *     inferred from a {@code 404} after a lost answer
     */
    public CompletableFuture<ApiResponse<Void>> delete(String webhookEndpointId) {
      return executor.executeWithoutContentAsync(
          WebhookEndpointsRequests.delete(webhookEndpointId));
    }
  }
}
