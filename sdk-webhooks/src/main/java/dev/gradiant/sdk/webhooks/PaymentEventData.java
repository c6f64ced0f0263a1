package dev.gradiant.sdk.webhooks;

import java.math.BigDecimal;

/**
 * The data of a {@code payment.*} event. Fields the payload omits are null.
 *
 * @param id the payment's id ({@code paymentId} or {@code id})
 * @param bookingId the id of the booking paid for
 * @param userId the id of the user who paid
 * @param amount the exact amount in major units ({@code 75} is 75.00 USD), from the contract's
 *     Money object {@code {"amount", "currency"}} or a plain {@code amount}
 * @param currency the ISO 4217 currency code, such as {@code USD}
 * @param status the payment's status: {@code pending}, {@code completed}, {@code failed} or {@code
 *     refunded}
 */
public record PaymentEventData(
    String id, String bookingId, String userId, BigDecimal amount, String currency, String status)
    implements EventData {}
