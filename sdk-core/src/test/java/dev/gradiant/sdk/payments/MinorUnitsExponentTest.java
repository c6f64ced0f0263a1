package dev.gradiant.sdk.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.contract.OpenApiSpec;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exponent a payment intent's minor units are converted by. sdk-webhooks converts a payment
 * event's amount with its own {@code PaymentAmount.exponent} (it does not depend on sdk-core), and
 * its {@code PaymentAmountExponentTest} pins the same table: change both or neither, so that a
 * webhook's amount and the API's never disagree. {@code -1}: no minor unit, or not a currency;
 * refused. (sdk-webhooks also reads {@code CLF}, exponent 4, which payments are not taken in:
 * {@link #aCurrencyOutsideTheContractsListIsRefusedThoughItHasAnExponent}.)
 */
class MinorUnitsExponentTest {

  @ParameterizedTest(name = "{0} has exponent {1}")
  @CsvSource({"USD, 2", "JPY, 0", "BHD, 3", "XAU, -1", "XXX, -1", "ZZZ, -1", "usd, -1", "US, -1"})
  void theExponentIsIso4217sAsInSdkWebhooks(String currency, int exponent) {
    if (exponent < 0) {
      assertThatThrownBy(() -> MinorUnits.exponent("currency", currency))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("currency must be");
    } else {
      assertThat(MinorUnits.exponent("currency", currency)).isEqualTo(exponent);
    }
  }

  @Test
  void aCurrencyOutsideTheContractsListIsRefusedThoughItHasAnExponent() {
    assertThatThrownBy(() -> MinorUnits.exponent("currency", "CLF"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "currency must be a currency the API takes payments in (PaymentCurrency), got CLF");
  }

  @Test
  void theListIsTheContractsPaymentCurrencyEnum() {
    JsonNode values =
        OpenApiSpec.gradiantV1().root().at("/components/schemas/PaymentCurrency/enum");
    Set<String> contract = new TreeSet<>();
    values.forEach(value -> contract.add(value.asText()));

    assertThat(contract).isNotEmpty();
    assertThat(new TreeSet<>(MinorUnits.CURRENCIES)).isEqualTo(contract);
    assertThat(contract)
        .allSatisfy(code -> assertThat(MinorUnits.exponent("currency", code)).isNotNegative());
  }
}
