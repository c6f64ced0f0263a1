package dev.gradiant.sdk.grants;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * The {@code /grants} endpoints: the data-access grants the caller asked patients for, and one
 * grant with its status, scopes and expiry.
 *
 * <pre>{@code
 * Page<Grant> patients =
 *     client.grants().listOutgoing(GrantListParams.builder().status(GrantStatus.ACTIVE).build());
 * for (Grant grant : patients.autoPager()) {
 *   if (grant.isActiveAt(Instant.now()) && grant.covers(GrantScope.WEARABLES)) { ... }
 * }
 * }</pre>
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id
 * is an {@link IllegalArgumentException} or {@link NullPointerException} naming the argument. API
 * errors are thrown as {@link dev.gradiant.sdk.errors.ApiException} subclasses; a grant the caller
 * is no party to is a {@link dev.gradiant.sdk.errors.NotFoundException}, whether or not it exists.
 */
public final class GrantsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(GrantsClient.class, GrantsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  GrantsClient(RequestExecutor executor) {
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
  public GrantsClient withOptions(RequestOptions options) {
    return new GrantsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /grants/outgoing}: the first page of the grants the caller asked for, in every
   * status, newest first.
   *
   * @return the page; {@link Page#autoPager()} walks every grant
   */
  public Page<Grant> listOutgoing() {
    return raw.listOutgoing().data();
  }

  /**
   * {@code GET /grants/outgoing}: one page of the grants the caller asked for, newest first.
   *
   * @param params status filter, page size and offset
   * @return the page; {@link Page#autoPager()} walks every grant from there on
   */
  public Page<Grant> listOutgoing(GrantListParams params) {
    return raw.listOutgoing(params).data();
  }

  /**
   * {@code GET /grants/{id}}: one grant the caller is the grantee or the grantor of.
   *
   * @param grantId the grant's id
   * @return the grant
   */
  public Grant get(String grantId) {
    return executor.executeForData(GrantsRequests.get(grantId), GrantsRequests.GRANT);
  }

  /** {@link GrantsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /grants/outgoing} with the server's defaults.
     *
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<Grant>> listOutgoing() {
      return listOutgoing(GrantListParams.builder().build());
    }

    /**
     * {@code GET /grants/outgoing}.
     *
     * @param params status filter, page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<Grant>> listOutgoing(GrantListParams params) {
      return executor.executeList(GrantsRequests.listOutgoing(params), GrantsRequests.GRANTS);
    }

    /**
     * {@code GET /grants/{id}}.
     *
     * @param grantId the grant's id
     * @return the grant and the response metadata
     */
    public ApiResponse<Grant> get(String grantId) {
      return executor.execute(GrantsRequests.get(grantId), GrantsRequests.GRANT);
    }
  }
}
