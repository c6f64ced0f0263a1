package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.payments.PaymentIntent;
import dev.gradiant.sdk.payments.PaymentMethodType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every payments method sends what the spec allows and reads the spec's own examples. */
class PaymentsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.payments().stream(), SdkCalls.paymentsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void createSendsDocument004sMinorUnitsAndAnIdempotencyKey() {
    server.client().payments().create(SdkCalls.PAYMENT_INTENT);

    Exchange exchange = server.onlyExchange();
    assertThat(exchange.violations()).isEmpty();
    assertThat(exchange.request().headers().get("Idempotency-Key")).isNotBlank();
    assertThat(exchange.request().body().utf8())
        .isEqualTo(
            "{\"bookingId\":\"booking_123\",\"amount\":7500,\"currency\":\"USD\","
                + "\"paymentMethodTypes\":[\"card\",\"apple_pay\",\"google_pay\"]}");
  }

  @Test
  void confirmSendsAnIdempotencyKeyAndTheSpecsBody() {
    server.client().payments().confirm(SdkCalls.PAYMENT_INTENT_ID, SdkCalls.PAYMENT_METHOD);

    Exchange exchange = server.onlyExchange();
    assertThat(exchange.violations()).isEmpty();
    assertThat(exchange.request().headers().get("Idempotency-Key")).isNotBlank();
    assertThat(exchange.request().body().utf8()).isEqualTo("{\"paymentMethod\":\"pm_card_visa\"}");
  }

  @Test
  void theDocumentedIntentIsReadWithItsAmountInMajorUnits() {
    PaymentIntent intent = server.client().payments().get(SdkCalls.PAYMENT_INTENT_ID);

    assertThat(intent.id()).isEqualTo("pi_123");
    assertThat(intent.bookingId()).isEqualTo("booking_123");
    assertThat(intent.userId()).contains("user_123");
    assertThat(intent.amount()).isEqualTo(new Money(new BigDecimal("75.00"), "USD"));
    assertThat(intent.status()).isEqualTo(PaymentStatus.COMPLETED);
    assertThat(intent.paymentMethodTypes())
        .containsExactly(
            PaymentMethodType.CARD, PaymentMethodType.APPLE_PAY, PaymentMethodType.GOOGLE_PAY);
    assertThat(intent.updatedAt()).contains(Instant.parse("2024-01-01T00:01:00Z"));
  }
}
