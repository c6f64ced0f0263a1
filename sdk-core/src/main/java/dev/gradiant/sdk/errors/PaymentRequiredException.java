package dev.gradiant.sdk.errors;

import dev.gradiant.sdk.core.ResponseMetadata;
import java.util.Map;
import java.util.Optional;

/**
 * {@code 402 PAYMENT_REQUIRED}: the payment was declined, e.g. when confirming a payment intent
 * with a card that is declined or lacks funds. {@link #declineCode()} says why; the intent can be
 * confirmed again, for example with another payment method. Never retried by the SDK.
 */
public class PaymentRequiredException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param error what the error body said
   * @param metadata status, headers and request id of the response
   * @param rawBody the response body as text (kept bounded)
   */
  public PaymentRequiredException(ApiError error, ResponseMetadata metadata, String rawBody) {
    super(error, metadata, rawBody);
  }

  /**
   * Why the payment was declined: {@code details.declineCode} of the error body, an open list
   * ({@code card_declined}, {@code insufficient_funds}, {@code expired_card}, …).
   *
   * @return the code, or empty when the answer names none
   */
  public Optional<String> declineCode() {
    return details()
        .filter(Map.class::isInstance)
        .map(details -> ((Map<?, ?>) details).get("declineCode"))
        .filter(String.class::isInstance)
        .map(String.class::cast);
  }
}
