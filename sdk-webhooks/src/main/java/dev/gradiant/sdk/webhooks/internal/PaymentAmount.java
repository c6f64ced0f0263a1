package dev.gradiant.sdk.webhooks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Reads a payment's amount in major units, whichever shape the delivery carries, told apart by the
 * JSON type of {@code amount}:
 *
 * <ul>
 *   <li>an object: the earlier contract's Money, {@code {"amount": 75, "currency": "USD"}}, in
 *       major units;
 *   <li>a JSON integer: the current contract's payment intent, in minor units of the {@code
 *       currency} beside it ({@code "amount": 7500, "currency": "USD"} is 75.00), converted by the
 *       currency's ISO 4217 exponent (USD 2, JPY 0, BHD 3);
 *   <li>a decimal with a fraction, or a string: a flat amount in major units, as some senders write
 *       it.
 * </ul>
 *
 * @param amount the amount in major units, or null when the payload has none or it cannot be
 *     converted
 * @param currency the ISO 4217 code, or null when the payload has none
 * @param problem why a minor-unit amount cannot be converted (no currency, or one without a known
 *     minor unit), or null; reported by {@link #requireConvertible()}, so that a missing id is
 *     reported first
 */
record PaymentAmount(BigDecimal amount, String currency, String problem) {

  /**
   * Reads the amount and currency of a payment's data.
   *
   * @param data the flattened data object
   * @param path where it sits in the payload, for messages
   * @return the amount in major units and the currency, each possibly null
   * @throws dev.gradiant.sdk.webhooks.WebhookVerificationException if a field has the wrong kind
   */
  static PaymentAmount read(ObjectNode data, String path) {
    JsonFields fields = new JsonFields(data, path);
    JsonNode amount = data.get("amount");
    if (amount != null && amount.isObject()) {
      JsonFields money = new JsonFields((ObjectNode) amount, path + ".amount");
      String currency = money.text("currency");
      return new PaymentAmount(
          money.decimal("amount"), currency != null ? currency : fields.text("currency"), null);
    }
    String currency = fields.text("currency");
    if (amount != null && amount.isIntegralNumber()) {
      int exponent = exponent(currency);
      if (currency == null || exponent < 0) {
        String problem =
            currency == null
                ? path
                    + ".amount is a whole number of minor units, so "
                    + path
                    + ".currency is required"
                : path
                    + ".currency must be an ISO 4217 code with a minor unit to convert "
                    + path
                    + ".amount from minor units";
        return new PaymentAmount(null, currency, problem);
      }
      return new PaymentAmount(amount.decimalValue().movePointLeft(exponent), currency, null);
    }
    return new PaymentAmount(fields.decimal("amount"), currency, null);
  }

  /**
   * Rejects an amount that could not be converted.
   *
   * @throws dev.gradiant.sdk.webhooks.WebhookVerificationException naming the field
   */
  void requireConvertible() {
    if (problem != null) {
      throw JsonPayload.malformed(problem);
    }
  }

  /**
   * The ISO 4217 exponent of a known currency with a minor unit, else -1. The same answers as
   * sdk-core's {@code MinorUnits.exponent} (this module does not depend on sdk-core): {@code
   * PaymentAmountExponentTest} and sdk-core's {@code MinorUnitsExponentTest} pin them with the same
   * table.
   */
  static int exponent(String currency) {
    if (currency == null) {
      return -1;
    }
    int exponent;
    try {
      exponent =
          currency.matches("[A-Z]{3}")
              ? Currency.getInstance(currency).getDefaultFractionDigits()
              : -1;
    } catch (IllegalArgumentException unknown) {
      exponent = -1;
    }
    return exponent;
  }
}
