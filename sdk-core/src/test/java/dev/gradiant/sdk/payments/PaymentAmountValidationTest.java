package dev.gradiant.sdk.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.core.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An amount that cannot go on the wire exactly in minor units is refused before anything is sent,
 * with a message naming the field; amounts that can are converted by the currency's exponent.
 */
class PaymentAmountValidationTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static PaymentIntentCreateParams params(String amount, String currency) {
    return PaymentIntentCreateParams.builder()
        .bookingId("booking_123")
        .amount(new Money(new BigDecimal(amount), currency))
        .build();
  }

  @ParameterizedTest(name = "{0} {1} is {2} minor units")
  @CsvSource({
    "75, USD, 7500",
    "75.00, USD, 7500",
    "75.1, USD, 7510",
    "0.01, USD, 1",
    "7500, JPY, 7500",
    "7500.0, JPY, 7500",
    "7.5, BHD, 7500",
    "0.001, BHD, 1",
    "1E+2, EUR, 10000",
    "90071992547409.91, USD, 9007199254740991"
  })
  void amountsThatFitAreSentInMinorUnits(String amount, String currency, long minorUnits) {
    assertThat(params(amount, currency).amountInMinorUnits()).isEqualTo(minorUnits);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "75.001 | USD | amount has more decimals than USD allows (2), got 75.001",
        "75.5 | JPY | amount has more decimals than JPY allows (0), got 75.5",
        "7.5001 | BHD | amount has more decimals than BHD allows (3), got 7.5001",
        "0 | USD | amount must be positive, got 0",
        "0.00 | USD | amount must be positive, got 0.00",
        "-75 | USD | amount must be positive, got -75",
        "90071992547409.92 | USD | amount is above the largest amount the API takes"
            + " (9007199254740991 minor units of USD), got 90071992547409.92",
        "75 | ABC | amount.currency must be an ISO 4217 currency code (USD), got ABC",
        "75 | usd | amount.currency must be an ISO 4217 currency code (USD), got usd",
        "75 | US Dollar | amount.currency must be an ISO 4217 currency code (USD), got a value of"
            + " 9 chars",
        "75 | XAU | amount.currency must be a currency with a minor unit; XAU has none",
        "75 | XXX | amount.currency must be a currency with a minor unit; XXX has none",
        "75 | CLF | amount.currency must be a currency the API takes payments in (PaymentCurrency),"
            + " got CLF"
      })
  void amountsThatDoNotFitAreRefusedNamingTheField(String amount, String currency, String message) {
    assertThatThrownBy(() -> params(amount, currency))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void requiredFieldsAndBadIdsAreRefusedBeforeTheWire() {
    Money usd = new Money(new BigDecimal("75"), "USD");
    assertThatThrownBy(() -> PaymentIntentCreateParams.builder().amount(usd).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("bookingId must not be null");
    assertThatThrownBy(() -> PaymentIntentCreateParams.builder().bookingId("booking_1").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount must not be null");
    assertThatThrownBy(() -> PaymentIntentCreateParams.builder().bookingId(" ").amount(usd).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bookingId must not be blank");
    assertThatThrownBy(() -> PaymentIntentCreateParams.builder().paymentMethodTypes())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("paymentMethodTypes must not be empty");
    assertThatThrownBy(
            () ->
                PaymentIntentCreateParams.builder()
                    .paymentMethodTypes(PaymentMethodType.CARD, PaymentMethodType.CARD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentMethodTypes must not repeat a type");
    assertThatThrownBy(() -> client.payments().get(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentIntentId");
    assertThatThrownBy(() -> client.payments().confirm("../bookings/booking_1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paymentIntentId");
    assertThatThrownBy(() -> client.payments().confirm("pi_1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("params must not be null");
    assertThatThrownBy(() -> client.payments().listForUser(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("userId");
    assertThatThrownBy(() -> PaymentListParams.builder().limit(101).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("limit must be between 1 and 100");
    assertThat(api.requestCount()).isZero();
  }

  @ParameterizedTest
  @CsvSource({"4242424242424242", "4000 0000 0000 0002", "4000-0000-0000-9995", "400000000000"})
  void aCardNumberIsNeverSentAsAPaymentMethodNorEchoed(String cardNumber) {
    assertThatThrownBy(() -> PaymentIntentConfirmParams.builder().paymentMethod(cardNumber).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("paymentMethod must be a payment-method token")
        .message()
        .doesNotContain(cardNumber)
        .doesNotContain(cardNumber.substring(cardNumber.length() - 4));
    assertThatThrownBy(() -> PaymentIntentConfirmParams.builder().paymentMethod("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("paymentMethod must not be blank");
    assertThatThrownBy(
            () -> PaymentIntentConfirmParams.builder().paymentMethod("p".repeat(256)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("paymentMethod must be at most 255 characters, got 256");
    assertThat(api.requestCount()).isZero();
  }
}
