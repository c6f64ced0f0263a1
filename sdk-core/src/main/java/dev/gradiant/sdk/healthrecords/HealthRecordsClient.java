package dev.gradiant.sdk.healthrecords;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * Sharing health records with consent: share parts of the caller's health profile with a
 * practitioner until an expiry, list a user's active shares, revoke one.
 *
 * <p>Every method checks its arguments before sending anything: a share without an expiry, with an
 * expiry that is not in the future by the client's clock or is more than 365 days ahead, with no, a
 * repeated or an unknown record type, or a null, blank or path-changing id is an {@link
 * IllegalArgumentException} or {@link NullPointerException} naming the argument. API errors are
 * thrown as {@link dev.gradiant.sdk.errors.ApiException} subclasses. Shares carry ids, record types
 * and times, never record content.
 *
 * <p>Naming: the other sub-clients say {@code create} and {@code delete}; this one says {@link
 * #share} and {@link #revoke} because a share is consent, which a patient gives and withdraws,
 * rather than a resource made and erased. {@code revoke} is also the spec's word ({@code
 * revokeHealthRecordShare}, as {@code revokeApiKey} for {@link
 * dev.gradiant.sdk.apikeys.ApiKeysClient#revoke}). A user's shares are {@link #listForUser}, as
 * every list under {@code /users/{id}/} is.
 */
public final class HealthRecordsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(HealthRecordsClient.class, HealthRecordsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  HealthRecordsClient(RequestExecutor executor) {
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
  public HealthRecordsClient withOptions(RequestOptions options) {
    return new HealthRecordsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /health-records/shares}: lets a practitioner read parts of the caller's health
   * profile until the expiry. An expiry given with {@link
   * HealthRecordShareCreateParams.Builder#validFor} is counted from now by the client's clock, and
   * is the same on every retry of the call.
   *
   * @param params the practitioner, the record types and the expiry
   * @return the share
   * @throws IllegalArgumentException if the expiry is not in the future or more than 365 days ahead
   */
  public HealthRecordShare share(HealthRecordShareCreateParams params) {
    return executor.executeForData(
        HealthRecordsRequests.share(params, executor.clock()), HealthRecordsRequests.SHARE);
  }

  /**
   * {@code GET /users/{id}/health-record-shares}: the first page of the user's active shares (not
   * revoked, not expired), with the server's default page size.
   *
   * @param userId the user whose shares to list
   * @return the page; {@link Page#autoPager()} walks every share
   */
  public Page<HealthRecordShare> listForUser(String userId) {
    return raw.listForUser(userId).data();
  }

  /**
   * {@code GET /users/{id}/health-record-shares}: one page of the user's active shares.
   *
   * @param userId the user whose shares to list
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every share from there on
   */
  public Page<HealthRecordShare> listForUser(String userId, HealthRecordShareListParams params) {
    return raw.listForUser(userId, params).data();
  }

  /**
   * {@code DELETE /health-records/shares/{id}}: withdraws the consent; the practitioner loses
   * access at once.
   *
   * <p>If an attempt's answer is lost (the connection broke after the request may have arrived) and
   * the retry is answered {@code 404}, the call succeeds: the share is gone, most likely revoked by
   * the lost attempt. A {@code 404} otherwise (unknown, expired or already revoked share) is a
   * {@link dev.gradiant.sdk.errors.NotFoundException}.
   *
   * @param shareId the share's id
   */
  public void revoke(String shareId) {
    raw.revoke(shareId);
  }

  /** {@link HealthRecordsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /health-records/shares}.
     *
     * @param params the practitioner, the record types and the expiry
     * @return the share and the response metadata
     */
    public ApiResponse<HealthRecordShare> share(HealthRecordShareCreateParams params) {
      return executor.execute(
          HealthRecordsRequests.share(params, executor.clock()), HealthRecordsRequests.SHARE);
    }

    /**
     * {@code GET /users/{id}/health-record-shares} with the server's default page size.
     *
     * @param userId the user whose shares to list
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<HealthRecordShare>> listForUser(String userId) {
      return listForUser(userId, HealthRecordShareListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/health-record-shares}.
     *
     * @param userId the user whose shares to list
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<HealthRecordShare>> listForUser(
        String userId, HealthRecordShareListParams params) {
      return executor.executeList(
          HealthRecordsRequests.list(userId, params), HealthRecordsRequests.SHARES);
    }

    /**
     * {@code DELETE /health-records/shares/{id}}.
     *
     * @param shareId the share's id
     * @return no data ({@code 204}), and the response metadata; {@link
     *     dev.gradiant.sdk.core.ResponseMetadata#inferredFromRetry()} is true when the success was
     *     inferred from a {@code 404} after a lost answer
     */
    public ApiResponse<Void> revoke(String shareId) {
      return executor.executeWithoutContent(HealthRecordsRequests.revoke(shareId));
    }
  }
}
