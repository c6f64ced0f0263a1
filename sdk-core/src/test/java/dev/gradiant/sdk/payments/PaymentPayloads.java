package dev.gradiant.sdk.payments;

/** The spec's payment intent examples, and intents in other currencies. */
final class PaymentPayloads {
  private PaymentPayloads() {}

  /** The {@code created} example of {@code POST /payments/intents}. */
  static final String PENDING =
      """
      {"id": "pi_123", "bookingId": "booking_123", "userId": "user_123", "amount": 7500,
       "currency": "USD", "status": "pending",
       "paymentMethodTypes": ["card", "apple_pay", "google_pay"],
       "createdAt": "2024-01-01T00:00:30Z", "updatedAt": "2024-01-01T00:00:30Z"}""";

  /** {@code components.examples.PaymentIntentCompleted}. */
  static final String COMPLETED =
      """
      {"id": "pi_123", "bookingId": "booking_123", "userId": "user_123", "amount": 7500,
       "currency": "USD", "status": "completed",
       "paymentMethodTypes": ["card", "apple_pay", "google_pay"],
       "createdAt": "2024-01-01T00:00:30Z", "updatedAt": "2024-01-01T00:01:00Z"}""";

  /** An intent with only the fields the contract requires, in {@code currency}. */
  static String required(long amount, String currency) {
    return "{\"id\": \"pi_1\", \"bookingId\": \"booking_1\", \"amount\": "
        + amount
        + ", \"currency\": \""
        + currency
        + "\", \"status\": \"pending\"}";
  }

  /** The {@code cardDeclined} example of the confirm's {@code 402}. */
  static final String CARD_DECLINED =
      """
      {"error": {"code": "PAYMENT_REQUIRED", "message": "The card was declined",
                 "details": {"paymentIntentId": "pi_123", "declineCode": "card_declined"}},
       "meta": {"requestId": "req_402", "timestamp": "2024-01-01T00:01:00Z"}}""";

  /** The {@code alreadyConfirmed} example of the confirm's {@code 409}. */
  static final String ALREADY_CONFIRMED =
      """
      {"error": {"code": "RESOURCE_CONFLICT", "message": "The payment intent is already confirmed",
                 "details": {"paymentIntentId": "pi_123", "status": "completed"}},
       "meta": {"requestId": "req_409", "timestamp": "2024-01-01T00:02:00Z"}}""";

  /** The {@code bookingCancelled} example of the {@code 409}s. */
  static final String BOOKING_CANCELLED =
      """
      {"error": {"code": "INVALID_BOOKING_STATUS", "message": "A cancelled booking cannot be paid",
                 "details": {"bookingId": "booking_123", "status": "cancelled"}},
       "meta": {"requestId": "req_409", "timestamp": "2024-01-01T00:02:00Z"}}""";
}
