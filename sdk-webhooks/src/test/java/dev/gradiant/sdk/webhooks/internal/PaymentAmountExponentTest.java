package dev.gradiant.sdk.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exponent a payment event's minor units are converted by. sdk-core converts a payment intent's
 * amount with its own {@code MinorUnits.exponent} (this module does not depend on sdk-core), and
 * its {@code MinorUnitsExponentTest} pins the same table: change both or neither, so that a
 * webhook's amount and the API's never disagree. {@code -1}: no minor unit, or not a currency;
 * refused.
 */
class PaymentAmountExponentTest {

  @ParameterizedTest(name = "{0} has exponent {1}")
  @CsvSource({
    "USD, 2", "JPY, 0", "BHD, 3", "CLF, 4", "XAU, -1", "XXX, -1", "ZZZ, -1", "usd, -1", "US, -1"
  })
  void theExponentIsIso4217sAsInSdkCore(String currency, int exponent) {
    assertThat(PaymentAmount.exponent(currency)).isEqualTo(exponent);
  }
}
