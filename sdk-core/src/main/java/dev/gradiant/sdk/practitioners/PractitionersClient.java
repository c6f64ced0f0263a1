package dev.gradiant.sdk.practitioners;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;
import java.time.LocalDate;

/**
 * The {@code /practitioners} endpoints: search the directory, read a practitioner, and list
 * availability.
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id
 * is an {@link IllegalArgumentException} or {@link NullPointerException} naming the argument. API
 * errors are thrown as {@link dev.gradiant.sdk.errors.ApiException} subclasses.
 */
public final class PractitionersClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(PractitionersClient.class, PractitionersClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  PractitionersClient(RequestExecutor executor) {
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
  public PractitionersClient withOptions(RequestOptions options) {
    return new PractitionersClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code GET /practitioners}: the first page of the directory, unfiltered, with the server's
   * default page size.
   *
   * @return the page; {@link Page#autoPager()} walks every practitioner
   */
  public Page<Practitioner> search() {
    return raw.search().data();
  }

  /**
   * {@code GET /practitioners}: one page of the practitioners matching every filter set in {@code
   * params}.
   *
   * @param params the filters, page size and offset
   * @return the page; {@link Page#autoPager()} walks every match from there on, keeping the filters
   */
  public Page<Practitioner> search(PractitionerSearchParams params) {
    return raw.search(params).data();
  }

  /**
   * {@code GET /practitioners/{id}}.
   *
   * @param practitionerId the practitioner's id
   * @return the practitioner's public profile
   */
  public Practitioner get(String practitionerId) {
    return executor.executeForData(
        PractitionersRequests.get(practitionerId), PractitionersRequests.PRACTITIONER);
  }

  /**
   * {@code GET /practitioners/{id}/availability}: the practitioner's slots from {@code from} to
   * {@code to}, both days included (UTC).
   *
   * @param practitionerId the practitioner's id
   * @param from the first day of the range
   * @param to the last day of the range; not before {@code from}
   * @return the slots and the practitioner's time zone
   */
  public Availability getAvailability(String practitionerId, LocalDate from, LocalDate to) {
    return executor.executeForData(
        PractitionersRequests.getAvailability(practitionerId, from, to),
        PractitionersRequests.AVAILABILITY);
  }

  /** {@link PractitionersClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code GET /practitioners} without filters.
     *
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<Practitioner>> search() {
      return search(PractitionerSearchParams.builder().build());
    }

    /**
     * {@code GET /practitioners}.
     *
     * @param params the filters, page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<Practitioner>> search(PractitionerSearchParams params) {
      return executor.executeList(
          PractitionersRequests.search(params), PractitionersRequests.PRACTITIONERS);
    }

    /**
     * {@code GET /practitioners/{id}}.
     *
     * @param practitionerId the practitioner's id
     * @return the practitioner and the response metadata
     */
    public ApiResponse<Practitioner> get(String practitionerId) {
      return executor.execute(
          PractitionersRequests.get(practitionerId), PractitionersRequests.PRACTITIONER);
    }

    /**
     * {@code GET /practitioners/{id}/availability}.
     *
     * @param practitionerId the practitioner's id
     * @param from the first day of the range
     * @param to the last day of the range; not before {@code from}
     * @return the availability and the response metadata
     */
    public ApiResponse<Availability> getAvailability(
        String practitionerId, LocalDate from, LocalDate to) {
      return executor.execute(
          PractitionersRequests.getAvailability(practitionerId, from, to),
          PractitionersRequests.AVAILABILITY);
    }
  }
}
