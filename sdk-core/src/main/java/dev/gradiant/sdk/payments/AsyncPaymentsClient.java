package dev.gradiant.sdk.payments;

import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.internal.http.RequestExecutor;
import dev.gradiant.sdk.internal.http.ResponseFutures;
import dev.gradiant.sdk.internal.http.SubClientFactories;
import dev.gradiant.sdk.pagination.AsyncPage;
import java.util.concurrent.CompletableFuture;

/**
 * {@link PaymentsClient} without blocking: the same operations, each returning a {@link
 * CompletableFuture} that completes with the same result or fails with the same {@link
 * dev.gradiant.sdk.errors.ApiException} subclass (a declined payment as {@link
 * dev.gradiant.sdk.errors.PaymentRequiredException}).
 *
 * <p>Arguments are checked before anything is sent, and a bad one (an amount that cannot be sent
 * exactly included) is thrown at once. Cancelling a returned future cancels the request in flight
 * and any retry to come; a create or confirm keeps its one {@code Idempotency-Key} across retries.
 */
public final class AsyncPaymentsClient {
  private final RequestExecutor executor;
  private final WithRawResponse raw;

  static {
    SubClientFactories.register(AsyncPaymentsClient.class, AsyncPaymentsClient::new);
  }

  /**
   * Created by {@link dev.gradiant.sdk.GradiantClient} through {@link SubClientFactories}.
   *
   * @param executor the client's request executor
   */
  AsyncPaymentsClient(RequestExecutor executor) {
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
  public AsyncPaymentsClient withOptions(RequestOptions options) {
    return new AsyncPaymentsClient(executor.withOptions(options));
  }

  /** {@return the same operations, returning the response metadata (request id, rate limit) too} */
  public WithRawResponse withRawResponse() {
    return raw;
  }

  /**
   * {@code POST /payments/intents}: starts paying for a booking.
   *
   * @param params the booking and its price
   * @return a future of the new intent (status {@code pending})
   */
  public CompletableFuture<PaymentIntent> create(PaymentIntentCreateParams params) {
    return executor.executeForDataAsync(
        PaymentsRequests.createIntent(params), PaymentsRequests.INTENT);
  }

  /**
   * {@code GET /payments/intents/{id}}.
   *
   * @param paymentIntentId the intent's id
   * @return a future of the intent
   */
  public CompletableFuture<PaymentIntent> get(String paymentIntentId) {
    return executor.executeForDataAsync(
        PaymentsRequests.getIntent(paymentIntentId), PaymentsRequests.INTENT);
  }

  /**
   * {@code POST /payments/intents/{id}/confirm}: charges the intent's default payment method.
   *
   * @param paymentIntentId the intent's id
   * @return a future of the paid intent (status {@code completed})
   */
  public CompletableFuture<PaymentIntent> confirm(String paymentIntentId) {
    return ResponseFutures.data(raw.confirm(paymentIntentId));
  }

  /**
   * {@code POST /payments/intents/{id}/confirm}: charges the payment method in {@code params}.
   *
   * @param paymentIntentId the intent's id
   * @param params the payment-method token to charge
   * @return a future of the paid intent (status {@code completed})
   */
  public CompletableFuture<PaymentIntent> confirm(
      String paymentIntentId, PaymentIntentConfirmParams params) {
    return executor.executeForDataAsync(
        PaymentsRequests.confirmIntent(paymentIntentId, params), PaymentsRequests.INTENT);
  }

  /**
   * {@code GET /users/{id}/payments}: the first page of the user's payment history, oldest first.
   *
   * @param userId the user's id
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<PaymentIntent>> listForUser(String userId) {
    return ResponseFutures.data(raw.listForUser(userId));
  }

  /**
   * {@code GET /users/{id}/payments}: one page of the user's payment history.
   *
   * @param userId the user's id
   * @param params page size and offset
   * @return a future of the page
   */
  public CompletableFuture<AsyncPage<PaymentIntent>> listForUser(
      String userId, PaymentListParams params) {
    return ResponseFutures.data(raw.listForUser(userId, params));
  }

  /** {@link AsyncPaymentsClient}'s operations returning {@link ApiResponse}. */
  public static final class WithRawResponse {
    private final RequestExecutor executor;

    private WithRawResponse(RequestExecutor executor) {
      this.executor = executor;
    }

    /**
     * {@code POST /payments/intents}.
     *
     * @param params the booking and its price
     * @return a future of the new intent and the response metadata
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> create(PaymentIntentCreateParams params) {
      return executor.executeAsync(PaymentsRequests.createIntent(params), PaymentsRequests.INTENT);
    }

    /**
     * {@code GET /payments/intents/{id}}.
     *
     * @param paymentIntentId the intent's id
     * @return a future of the intent and the response metadata
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> get(String paymentIntentId) {
      return executor.executeAsync(
          PaymentsRequests.getIntent(paymentIntentId), PaymentsRequests.INTENT);
    }

    /**
     * {@code POST /payments/intents/{id}/confirm} with the intent's default payment method.
     *
     * @param paymentIntentId the intent's id
     * @return a future of the paid intent and the response metadata
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> confirm(String paymentIntentId) {
      return confirm(paymentIntentId, PaymentsRequests.NO_CONFIRM_PARAMS);
    }

    /**
     * {@code POST /payments/intents/{id}/confirm}.
     *
     * @param paymentIntentId the intent's id
     * @param params the payment-method token to charge
     * @return a future of the paid intent and the response metadata
     */
    public CompletableFuture<ApiResponse<PaymentIntent>> confirm(
        String paymentIntentId, PaymentIntentConfirmParams params) {
      return executor.executeAsync(
          PaymentsRequests.confirmIntent(paymentIntentId, params), PaymentsRequests.INTENT);
    }

    /**
     * {@code GET /users/{id}/payments} with the server's default page size.
     *
     * @param userId the user's id
     * @return a future of the first page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<PaymentIntent>>> listForUser(String userId) {
      return listForUser(userId, PaymentListParams.builder().build());
    }

    /**
     * {@code GET /users/{id}/payments}.
     *
     * @param userId the user's id
     * @param params page size and offset
     * @return a future of the page and the response metadata
     */
    public CompletableFuture<ApiResponse<AsyncPage<PaymentIntent>>> listForUser(
        String userId, PaymentListParams params) {
      return executor.executeListAsync(
          PaymentsRequests.listForUser(userId, params), PaymentsRequests.INTENTS);
    }
  }
}
