package dev.gradiant.sdk.bookings;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;

/**
 * The {@code /bookings} endpoints: book, read, reschedule and cancel sessions with practitioners.
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id
 * is an {@link IllegalArgumentException} or {@link NullPointerException} naming the argument. API
 * errors are thrown as {@link dev.gradiant.sdk.errors.ApiException} subclasses; a {@code 409} names
 * its cause: {@link dev.gradiant.sdk.errors.BookingConflictException} (the slot is taken), {@link
 * dev.gradiant.sdk.errors.PractitionerUnavailableException} (the practitioner does not work then)
 * or {@link dev.gradiant.sdk.errors.InvalidBookingStatusException} (the booking can no longer
 * change).
 */
public final class BookingsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(BookingsClient.class, BookingsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  BookingsClient(RequestExecutor executor) {
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
  public BookingsClient withOptions(RequestOptions options) {
    return new BookingsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /bookings}: books a practitioner for the calling user. The call carries one {@code
   * Idempotency-Key}, reused on every retry, so a retried call never books twice.
   *
   * @param params the booking's fields
   * @return the new booking (status {@code pending})
   * @throws dev.gradiant.sdk.errors.BookingConflictException if the slot is already taken
   * @throws dev.gradiant.sdk.errors.PractitionerUnavailableException if the practitioner does not
   *     work at that time
   */
  public Booking create(BookingCreateParams params) {
    return executor.executeForData(BookingsRequests.create(params), BookingsRequests.BOOKING);
  }

  /**
   * {@code GET /bookings/{id}}.
   *
   * @param bookingId the booking's id
   * @return the booking
   */
  public Booking get(String bookingId) {
    return executor.executeForData(BookingsRequests.get(bookingId), BookingsRequests.BOOKING);
  }

  /**
   * {@code PUT /bookings/{id}}: reschedules or changes the fields set in {@code params}.
   *
   * @param bookingId the booking's id
   * @param params the fields to change
   * @return the updated booking
   * @throws dev.gradiant.sdk.errors.BookingConflictException if the new time is already taken
   * @throws dev.gradiant.sdk.errors.InvalidBookingStatusException if the booking can no longer
   *     change (completed, cancelled, no-show)
   */
  public Booking update(String bookingId, BookingUpdateParams params) {
    return executor.executeForData(
        BookingsRequests.update(bookingId, params), BookingsRequests.BOOKING);
  }

  /**
   * {@code DELETE /bookings/{id}}: cancels the booking, which is kept with status {@code
   * cancelled}. Cancelling a cancelled booking returns it unchanged, so a retried cancel is
   * harmless.
   *
   * <p>A {@code 404} is always a {@link dev.gradiant.sdk.errors.NotFoundException}, even after an
   * attempt whose answer was lost: a booking is kept when cancelled, so a retry of a cancel that
   * did happen is answered with the cancelled booking, not {@code 404}. If you are unsure whether
   * an earlier call cancelled it, {@code bookings().get(bookingId)} shows its status.
   *
   * @param bookingId the booking's id
   * @return the cancelled booking
   * @throws dev.gradiant.sdk.errors.InvalidBookingStatusException if the booking can no longer be
   *     cancelled
   * @throws dev.gradiant.sdk.errors.NotFoundException if there is no such booking
   */
  public Booking cancel(String bookingId) {
    return executor.executeForData(BookingsRequests.cancel(bookingId), BookingsRequests.BOOKING);
  }

  /** {@link BookingsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /bookings}.
     *
     * @param params the booking's fields
     * @return the new booking and the response metadata
     */
    public ApiResponse<Booking> create(BookingCreateParams params) {
      return executor.execute(BookingsRequests.create(params), BookingsRequests.BOOKING);
    }

    /**
     * {@code GET /bookings/{id}}.
     *
     * @param bookingId the booking's id
     * @return the booking and the response metadata
     */
    public ApiResponse<Booking> get(String bookingId) {
      return executor.execute(BookingsRequests.get(bookingId), BookingsRequests.BOOKING);
    }

    /**
     * {@code PUT /bookings/{id}}.
     *
     * @param bookingId the booking's id
     * @param params the fields to change
     * @return the updated booking and the response metadata
     */
    public ApiResponse<Booking> update(String bookingId, BookingUpdateParams params) {
      return executor.execute(BookingsRequests.update(bookingId, params), BookingsRequests.BOOKING);
    }

    /**
     * {@code DELETE /bookings/{id}}.
     *
     * @param bookingId the booking's id
     * @return the cancelled booking and the response metadata
     */
    public ApiResponse<Booking> cancel(String bookingId) {
      return executor.execute(BookingsRequests.cancel(bookingId), BookingsRequests.BOOKING);
    }
  }
}
