package dev.gradiant.sdk.payments;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.Page;

/**
 * Paying for bookings: {@code /payments/intents} and a user's payment history. Amounts are {@link
 * dev.gradiant.sdk.core.Money} in major units; the API carries them in the currency's minor units,
 * and the SDK converts both ways exactly by the currency's ISO 4217 exponent (USD 2, JPY 0, BHD 3).
 *
 * <p>Every method checks its arguments before sending anything: a null, blank or path-changing id,
 * or an amount that cannot be sent exactly, is an {@link IllegalArgumentException} or {@link
 * NullPointerException} naming the argument. A declined payment is a {@link
 * dev.gradiant.sdk.errors.PaymentRequiredException} ({@code 402}); a {@code 409} is an {@link
 * dev.gradiant.sdk.errors.InvalidBookingStatusException} (the booking is cancelled) or a {@link
 * dev.gradiant.sdk.errors.ConflictException} (already paid or confirmed). Creating and confirming
 * each carry one {@code Idempotency-Key}, reused on every retry, so a retried call never charges
 * twice.
 */
public final class PaymentsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(PaymentsClient.class, PaymentsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  PaymentsClient(RequestExecutor executor) {
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
  public PaymentsClient withOptions(RequestOptions options) {
    return new PaymentsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /payments/intents}: starts paying for a booking. Nothing is charged until {@link
   * #confirm(String)}.
   *
   * @param params the booking and its price
   * @return the new intent (status {@code pending})
   * @throws dev.gradiant.sdk.errors.InvalidBookingStatusException if the booking is cancelled
   * @throws dev.gradiant.sdk.errors.ConflictException if the booking is already paid
   * @throws dev.gradiant.sdk.errors.UnprocessableEntityException if the amount is not the booking's
   *     price, or there is no such booking
   */
  public PaymentIntent create(PaymentIntentCreateParams params) {
    return executor.executeForData(PaymentsRequests.createIntent(params), PaymentsRequests.INTENT);
  }

  /**
   * {@code GET /payments/intents/{id}}.
   *
   * @param paymentIntentId the intent's id
   * @return the intent
   */
  public PaymentIntent get(String paymentIntentId) {
    return executor.executeForData(
        PaymentsRequests.getIntent(paymentIntentId), PaymentsRequests.INTENT);
  }

  /**
   * {@code POST /payments/intents/{id}/confirm}: charges the intent's default payment method.
   *
   * @param paymentIntentId the intent's id
   * @return the paid intent (status {@code completed})
   * @throws dev.gradiant.sdk.errors.PaymentRequiredException if the payment was declined; the
   *     intent is then {@code failed} and may be confirmed again
   * @throws dev.gradiant.sdk.errors.ConflictException if the intent is already confirmed
   * @throws dev.gradiant.sdk.errors.InvalidBookingStatusException if its booking was cancelled
   */
  public PaymentIntent confirm(String paymentIntentId) {
    return raw.confirm(paymentIntentId).data();
  }

  /**
   * {@code POST /payments/intents/{id}/confirm}: charges the payment method in {@code params}.
   *
   * @param paymentIntentId the intent's id
   * @param params the payment-method token to charge
   * @return the paid intent (status {@code completed})
   * @throws dev.gradiant.sdk.errors.PaymentRequiredException if the payment was declined
   * @throws dev.gradiant.sdk.errors.ConflictException if the intent is already confirmed
   * @throws dev.gradiant.sdk.errors.InvalidBookingStatusException if its booking was cancelled
   */
  public PaymentIntent confirm(String paymentIntentId, PaymentIntentConfirmParams params) {
    return executor.executeForData(
        PaymentsRequests.confirmIntent(paymentIntentId, params), PaymentsRequests.INTENT);
  }

  /**
   * {@code GET /users/{id}/payments}: the first page of the user's payment history, oldest first.
   *
   * @param userId the user's id
   * @return the page; {@link Page#autoPager()} walks every payment
   */
  public Page<PaymentIntent> listForUser(String userId) {
    return raw.listForUser(userId).data();
  }

  /**
   * {@code GET /users/{id}/payments}: one page of the user's payment history.
   *
   * @param userId the user's id
   * @param params page size and offset
   * @return the page; {@link Page#autoPager()} walks every payment from there on
   */
  public Page<PaymentIntent> listForUser(String userId, PaymentListParams params) {
    return raw.listForUser(userId, params).data();
  }

  /** {@link PaymentsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /payments/intents}.
     *
     * @param params the booking and its price
     * @return the new intent and the response metadata
     */
    public ApiResponse<PaymentIntent> create(PaymentIntentCreateParams params) {
      return executor.execute(PaymentsRequests.createIntent(params), PaymentsRequests.INTENT);
    }

    /**
     * {@code GET /payments/intents/{id}}.
     *
     * @param paymentIntentId the intent's id
     * @return the intent and the response metadata
     */
    public ApiResponse<PaymentIntent> get(String paymentIntentId) {
      return executor.execute(PaymentsRequests.getIntent(paymentIntentId), PaymentsRequests.INTENT);
    }

    /**
     * {@code POST /payments/intents/{id}/confirm} with the intent's default payment method.
     *
     * @param paymentIntentId the intent's id
     * @return the paid intent and the response metadata
     */
    public ApiResponse<PaymentIntent> confirm(String paymentIntentId) {
      return confirm(paymentIntentId, PaymentsRequests.NO_CONFIRM_PARAMS);
    }

    /**
     * {@code POST /payments/intents/{id}/confirm}.
     *
     * @param paymentIntentId the intent's id
     * @param params the payment-method token to charge
     * @return the paid intent and the response metadata
     */
    public ApiResponse<PaymentIntent> confirm(
        String paymentIntentId, PaymentIntentConfirmParams params) {
      return executor.execute(
          PaymentsRequests.confirmIntent(paymentIntentId, params), PaymentsRequests.INTENT);
    }

    /**
     * {@code GET /users/{id}/payments} with the server's default page size.
     *
     * @param userId the user's id
     * @return the first page and the response metadata
     */
    public ApiResponse<Page<PaymentIntent>> listForUser(String userId) {
      return listForUser(userId, PaymentListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/payments}.
     *
     * @param userId the user's id
     * @param params page size and offset
     * @return the page and the response metadata
     */
    public ApiResponse<Page<PaymentIntent>> listForUser(String userId, PaymentListParams params) {
      return executor.executeList(
          PaymentsRequests.listForUser(userId, params), PaymentsRequests.INTENTS);
    }
  }
}
