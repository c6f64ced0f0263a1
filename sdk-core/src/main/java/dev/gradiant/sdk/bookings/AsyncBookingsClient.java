package dev.gradiant.sdk.bookings;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import java.util.concurrent.CompletableFuture;

/**
 * {@link BookingsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass (a {@code 409} as {@link
 * dev.gradiant.sdk.errors.BookingConflictException}, {@link
 * dev.gradiant.sdk.errors.PractitionerUnavailableException} or {@link
 * dev.gradiant.sdk.errors.InvalidBookingStatusException}).
 *
 * <p>Arguments are checked before anything is sent, and a bad one is thrown at once. Cancelling a
 * returned future cancels the request in flight and any retry to come; a create keeps its one
 * {@code Idempotency-Key} across retries.
 */
public final class AsyncBookingsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncBookingsClient.class, AsyncBookingsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncBookingsClient(RequestExecutor executor) {
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
  public AsyncBookingsClient withOptions(RequestOptions options) {
    return new AsyncBookingsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /bookings}: books a practitioner for the calling user.
   *
   * @param params the booking's fields
   * @return a future of the new booking (status {@code pending})
   */
  public CompletableFuture<Booking> create(BookingCreateParams params) {
    return executor.executeForDataAsync(BookingsRequests.create(params), BookingsRequests.BOOKING);
  }

  /**
   * {@code GET /bookings/{id}}.
   *
   * @param bookingId the booking's id
   * @return a future of the booking
   */
  public CompletableFuture<Booking> get(String bookingId) {
    return executor.executeForDataAsync(BookingsRequests.get(bookingId), BookingsRequests.BOOKING);
  }

  /**
   * {@code PUT /bookings/{id}}: reschedules or changes the fields set in {@code params}.
   *
   * @param bookingId the booking's id
   * @param params the fields to change
   * @return a future of the updated booking
   */
  public CompletableFuture<Booking> update(String bookingId, BookingUpdateParams params) {
    return executor.executeForDataAsync(
        BookingsRequests.update(bookingId, params), BookingsRequests.BOOKING);
  }

  /**
   * {@code DELETE /bookings/{id}}: cancels the booking, which is kept with status {@code
   * cancelled}.
   *
   * <p>A {@code 404} is always a {@link dev.gradiant.sdk.errors.NotFoundException}, even after an
   * attempt whose answer was lost: a booking is kept when cancelled, so a retry of a cancel that
   * did happen is answered with the cancelled booking, not {@code 404}. If you are unsure whether
   * an earlier call cancelled it, {@code bookings().get(bookingId)} shows its status.
   *
   * @param bookingId the booking's id
   * @return a future of the cancelled booking
   */
  public CompletableFuture<Booking> cancel(String bookingId) {
    return executor.executeForDataAsync(
        BookingsRequests.cancel(bookingId), BookingsRequests.BOOKING);
  }

  /** {@link AsyncBookingsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /bookings}.
     *
     * @param params the booking's fields
     * @return a future of the new booking and the response metadata
     */
    public CompletableFuture<ApiResponse<Booking>> create(BookingCreateParams params) {
      return executor.executeAsync(BookingsRequests.create(params), BookingsRequests.BOOKING);
    }

    /**
     * {@code GET /bookings/{id}}.
     *
     * @param bookingId the booking's id
     * @return a future of the booking and the response metadata
     */
    public CompletableFuture<ApiResponse<Booking>> get(String bookingId) {
      return executor.executeAsync(BookingsRequests.get(bookingId), BookingsRequests.BOOKING);
    }

    /**
     * {@code PUT /bookings/{id}}.
     *
     * @param bookingId the booking's id
     * @param params the fields to change
     * @return a future of the updated booking and the response metadata
     */
    public CompletableFuture<ApiResponse<Booking>> update(
        String bookingId, BookingUpdateParams params) {
      return executor.executeAsync(
          BookingsRequests.update(bookingId, params), BookingsRequests.BOOKING);
    }

    /**
     * {@code DELETE /bookings/{id}}.
     *
     * @param bookingId the booking's id
     * @return a future of the cancelled booking and the response metadata
     */
    public CompletableFuture<ApiResponse<Booking>> cancel(String bookingId) {
      return executor.executeAsync(BookingsRequests.cancel(bookingId), BookingsRequests.BOOKING);
    }
  }
}
