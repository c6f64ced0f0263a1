package dev.gradiant.sdk.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exponent a payment intent's minor units are converted by. sdk-webhooks converts a payment
 * event's amount with its own {@code PaymentAmount.exponent} (it does not depend on sdk-core), and
 * its {@code PaymentAmountExponentTest} pins the same table: change both or neither, so that a
 * webhook's amount and the API's never disagree. {@code -1}: no minor unit, or not a currency;
 * refused.
 */
class MinorUnitsExponentTest {

  @ParameterizedTest(name = "{0} has exponent {1}")
  @CsvSource({
    "USD, 2", "JPY, 0", "BHD, 3", "CLF, 4", "XAU, -1", "XXX, -1", "ZZZ, -1", "usd, -1", "US, -1"
  })
  void theExponentIsIso4217sAsInSdkWebhooks(String currency, int exponent) {
    if (exponent < 0) {
      assertThatThrownBy(() -> MinorUnits.exponent("currency", currency))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("currency must be");
    } else {
      assertThat(MinorUnits.exponent("currency", currency)).isEqualTo(exponent);
    }
  }
}
