package dev.gradiant.sdk.webhookendpoints;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * The {@code /webhooks} endpoints: register, list and delete the URLs that receive webhook
 * deliveries. (Verifying and parsing the deliveries is the job of the {@code gradiant-sdk-webhooks}
 * artifact.)
 *
 * <p>Every method checks its arguments before sending anything: a plain {@code http} or relative
 * URL, an empty or repeated event list, or a null, blank or path-changing id is an {@link
 * IllegalArgumentException} or {@link NullPointerException} naming the argument. API errors are
 * thrown as {@link dev.gradiant.sdk.errors.ApiException} subclasses.
 */
public final class WebhookEndpointsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(WebhookEndpointsClient.class, WebhookEndpointsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  WebhookEndpointsClient(RequestExecutor executor) {
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
  public WebhookEndpointsClient withOptions(RequestOptions options) {
    return new WebhookEndpointsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /webhooks}: registers an endpoint. The answer is the only one that carries the
   * signing secret ({@link WebhookEndpoint#secret()}): store it in a secret store.
   *
   * @param params the URL, the event types and optionally the secret to use
   * @return the registered endpoint, with its secret
   */
  public WebhookEndpoint create(WebhookEndpointCreateParams params) {
    return executor.executeForData(
        WebhookEndpointsRequests.create(params), WebhookEndpointsRequests.ENDPOINT);
  }

  /**
   * {@code GET /webhooks}: the first page of registered endpoints, with the server's default page
   * size. Secrets are never listed.
   *
   * @return the page; {@link Page#autoPager()} walks every endpoint
   */
  public Page<WebhookEndpoint> list() {
    return raw.list().data();
  }

  /**
   * {@code GET /webhooks}: one page of registered endpoints. Secrets are never listed.
   *
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every endpoint from there on
   */
  public Page<WebhookEndpoint> list(WebhookEndpointListParams params) {
    return raw.list(params).data();
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
   */
  public void delete(String webhookEndpointId) {
    raw.delete(webhookEndpointId);
  }

  /** {@link WebhookEndpointsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /webhooks}.
     *
     * @param params the URL, the event types and optionally the secret to use
     * @return the registered endpoint, with its secret, and the response metadata
     */
    public ApiResponse<WebhookEndpoint> create(WebhookEndpointCreateParams params) {
      return executor.execute(
          WebhookEndpointsRequests.create(params), WebhookEndpointsRequests.ENDPOINT);
    }

    /**
     * {@code GET /webhooks} with the server's default page size.
     *
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<WebhookEndpoint>> list() {
      return list(WebhookEndpointListParams.builder().build());
    }

    /**
     * {@code GET /webhooks}.
     *
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<WebhookEndpoint>> list(WebhookEndpointListParams params) {
      return executor.executeList(
          WebhookEndpointsRequests.list(params), WebhookEndpointsRequests.ENDPOINTS);
    }

    /**
     * {@code DELETE /webhooks/{id}}.
     *
     * @param webhookEndpointId the endpoint's id
     * @return no data ({@code 204}), and the response metadata; {@link
     *     dev.gradiant.sdk.core.ResponseMetadata#inferredFromRetry()} is true when the success was
     *     inferred from a {@code 404} after a lost answer
     */
    public ApiResponse<Void> delete(String webhookEndpointId) {
      return executor.executeWithoutContent(WebhookEndpointsRequests.delete(webhookEndpointId));
    }
  }
}
