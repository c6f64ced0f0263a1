package dev.gradiant.sdk.practitioners;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

/**
 * {@link PractitionersClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass. Searches are {@link AsyncPage}s.
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come.
 */
public final class AsyncPractitionersClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncPractitionersClient.class, AsyncPractitionersClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncPractitionersClient(RequestExecutor executor) {
    this.executor = executor;
    this.raw = new WithRawResponse(executor);
  }

  /**
   * A view of this sub-client whose calls use {@code options} on top of the client's settings.
   *
   * @param options the options to apply
   * @return the view; this sub-client is unchanged
   */
  public AsyncPractitionersClient withOptions(RequestOptions options) {
    return new AsyncPractitionersClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /practitioners}: the first page of the directory, unfiltered.
   *
   * @return a future of the page; {@link AsyncPage#autoPager()} publishes every practitioner
   */
  public CompletableFuture<AsyncPage<Practitioner>> search() {
    return ResponseFutures.data(raw.search());
  }

  /**
   * {@code GET /practitioners}: one page of the practitioners matching every filter set.
   *
   * @param params the filters, page size and offset
   * @return a future of the page; its next pages keep the filters
   */
  public CompletableFuture<AsyncPage<Practitioner>> search(PractitionerSearchParams params) {
    return ResponseFutures.data(raw.search(params));
  }

  /**
   * {@code GET /practitioners/{id}}.
   *
   * @param practitionerId the practitioner's id
   * @return a future of the practitioner's public profile
   */
  public CompletableFuture<Practitioner> get(String practitionerId) {
    return executor.executeForDataAsync(
        PractitionersRequests.get(practitionerId), PractitionersRequests.PRACTITIONER);
  }

  /**
   * {@code GET /practitioners/{id}/availability}: the practitioner's slots from {@code from} to
   * {@code to}, both days included (UTC).
   *
   * @param practitionerId the practitioner's id
   * @param from the first day of the range
   * @param to the last day of the range; not before {@code from}
   * @return a future of the slots and the practitioner's time zone
   */
  public CompletableFuture<Availability> getAvailability(
      String practitionerId, LocalDate from, LocalDate to) {
    return executor.executeForDataAsync(
        PractitionersRequests.getAvailability(practitionerId, from, to),
        PractitionersRequests.AVAILABILITY);
  }

  /** {@link AsyncPractitionersClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /practitioners} without filters.
     *
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Practitioner>>> search() {
      return search(PractitionerSearchParams.builder().build());
    }

    /**
     * {@code GET /practitioners}.
     *
     * @param params the filters, page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<Practitioner>>> search(
        PractitionerSearchParams params) {
      return executor.executeListAsync(
          PractitionersRequests.search(params), PractitionersRequests.PRACTITIONERS);
    }

    /**
     * {@code GET /practitioners/{id}}.
     *
     * @param practitionerId the practitioner's id
     * @return a future of the practitioner and the response metadata
     */
    public CompletableFuture<ApiResponse<Practitioner>> get(String practitionerId) {
      return executor.executeAsync(
          PractitionersRequests.get(practitionerId), PractitionersRequests.PRACTITIONER);
    }

    /**
     * {@code GET /practitioners/{id}/availability}.
     *
     * @param practitionerId the practitioner's id
     * @param from the first day of the range
     * @param to the last day of the range; not before {@code from}
     * @return a future of the availability and the response metadata
     */
    public CompletableFuture<ApiResponse<Availability>> getAvailability(
        String practitionerId, LocalDate from, LocalDate to) {
      return executor.executeAsync(
          PractitionersRequests.getAvailability(practitionerId, from, to),
          PractitionersRequests.AVAILABILITY);
    }
  }
}
