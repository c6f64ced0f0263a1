package dev.gradiant.sdk.webhooks;

import static dev.gradiant.sdk.webhooks.Rejections.rejected;
import static dev.gradiant.sdk.webhooks.WebhookVerificationException.Reason.MALFORMED_PAYLOAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code payment.*} delivery's data is the payment intent: {@code amount} in minor units beside
 * {@code currency}. {@link PaymentEventData#amount()} stays in major units, converted exactly by
 * the currency's ISO 4217 exponent; the earlier contract's Money object still reads as before, the
 * two told apart by the JSON type of {@code amount}.
 */
class PaymentEventAmountTest {
  private static final String SECRET = "whsec_" + "dGVzdC1zZWNyZXQtZm9yLXBheW1lbnQtYW1vdW50cw==";
  private static final TestClock CLOCK = TestClock.at(1_711_017_000L);

  private final WebhookVerifier verifier =
      WebhookVerifier.builder().secret(SECRET).clock(CLOCK).build();
  private final WebhookSigner signer = WebhookSigner.of(SECRET, CLOCK);

  private PaymentEventData payment(String data) {
    byte[] body =
        ("{\"id\": \"evt_789\", \"type\": \"payment.completed\", \"createdAt\":"
                + " \"2024-01-01T00:01:00Z\", \"data\": "
                + data
                + "}")
            .getBytes(StandardCharsets.UTF_8);
    return verifier
        .verify(body, WebhookHeaders.of(signer.sign(body, SignatureScheme.STANDARD_WEBHOOKS)))
        .dataAs(PaymentEventData.class)
        .orElseThrow();
  }

  @Test
  void theSpecsExampleIsThePaymentIntentInMinorUnits() {
    PaymentEventData payment =
        payment(
            """
            {"id": "pi_123", "bookingId": "booking_123", "userId": "user_123", "amount": 7500,
             "currency": "USD", "status": "completed",
             "paymentMethodTypes": ["card", "apple_pay", "google_pay"],
             "createdAt": "2024-01-01T00:00:30Z", "updatedAt": "2024-01-01T00:01:00Z"}""");

    assertThat(payment)
        .isEqualTo(
            PaymentEventData.builder()
                .id("pi_123")
                .bookingId("booking_123")
                .userId("user_123")
                .amount(new BigDecimal("75.00"))
                .currency("USD")
                .status("completed")
                .build());
    assertThat(payment.amount().orElseThrow()).hasToString("75.00");
  }

  @ParameterizedTest(name = "{0} {1} is {2}")
  @CsvSource({
    "7500, USD, 75.00",
    "7500, JPY, 7500",
    "7500, BHD, 7.500",
    "1, EUR, 0.01",
    "9007199254740991, USD, 90071992547409.91",
    "123456789012345678901234567890, USD, 1234567890123456789012345678.90"
  })
  void minorUnitsConvertByTheCurrencysExponent(String minor, String currency, String major) {
    PaymentEventData payment =
        payment(
            "{\"id\": \"pi_1\", \"amount\": " + minor + ", \"currency\": \"" + currency + "\"}");

    assertThat(payment.amount()).contains(new BigDecimal(major));
    assertThat(payment.currency()).contains(currency);
  }

  @ParameterizedTest(name = "amount {0} USD is {1}")
  @CsvSource({"75, 0.75", "75.00, 75.00", "'\"75\"', 75", "'\"75.00\"', 75.00"})
  void aFlatIntegerIsMinorUnitsWhileAFractionOrAStringIsMajorUnits(String amount, String major) {
    PaymentEventData payment =
        payment("{\"id\": \"pi_1\", \"amount\": " + amount + ", \"currency\": \"USD\"}");

    assertThat(payment.amount()).contains(new BigDecimal(major));
    assertThat(payment.amount().orElseThrow()).hasToString(major);
  }

  @Test
  void theEarlierMoneyObjectIsStillReadInMajorUnits() {
    PaymentEventData payment =
        payment(
            "{\"id\": \"pay_123\", \"status\": \"completed\", \"amount\": {\"amount\": 75,"
                + " \"currency\": \"USD\"}}");

    assertThat(payment.amount()).contains(new BigDecimal("75"));
    assertThat(payment.currency()).contains("USD");
  }

  @Test
  void aMinorUnitAmountWithoutAConvertibleCurrencyIsRejected() {
    assertThat(rejected(MALFORMED_PAYLOAD, () -> payment("{\"id\": \"pi_1\", \"amount\": 7500}")))
        .hasMessage("data.amount is a whole number of minor units, so data.currency is required");
    for (String currency : new String[] {"XAU", "ZZZ", "usd"}) {
      assertThat(
              rejected(
                  MALFORMED_PAYLOAD,
                  () ->
                      payment(
                          "{\"id\": \"pi_1\", \"amount\": 7500, \"currency\": \""
                              + currency
                              + "\"}")))
          .hasMessage(
              "data.currency must be an ISO 4217 code with a minor unit to convert data.amount"
                  + " from minor units");
    }
  }
}
