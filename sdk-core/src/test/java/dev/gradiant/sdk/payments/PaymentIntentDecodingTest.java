package dev.gradiant.sdk.payments;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.errors.MalformedResponseException;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An answer's minor units become exact {@link Money}; an amount that is not a whole number of minor
 * units, or that has no currency the SDK can convert by, is a malformed answer, never a rounded or
 * guessed amount.
 */
class PaymentIntentDecodingTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void onlyTheRequiredFieldsAreEnough() {
    api.enqueueJson(200, envelope(PaymentPayloads.required(1, "BHD")));

    PaymentIntent intent = client.payments().get("pi_1");

    assertThat(intent.amount()).isEqualTo(new Money(new BigDecimal("0.001"), "BHD"));
    assertThat(intent.userId()).isEmpty();
    assertThat(intent.paymentMethodTypes()).isEmpty();
    assertThat(intent.createdAt()).isEmpty();
  }

  @Test
  void unknownStatusesAndPaymentMethodTypesAreKept() {
    api.enqueueJson(
        200,
        envelope(
            """
            {"id": "pi_1", "bookingId": "booking_1", "amount": 100, "currency": "EUR",
             "status": "disputed", "paymentMethodTypes": ["sepa_debit", "card"]}"""));

    PaymentIntent intent = client.payments().get("pi_1");

    assertThat(intent.status()).isEqualTo(PaymentStatus.of("disputed"));
    assertThat(intent.status().isKnown()).isFalse();
    assertThat(intent.paymentMethodTypes())
        .containsExactly(PaymentMethodType.of("sepa_debit"), PaymentMethodType.CARD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"amount\": 75.5, \"currency\": \"USD\"",
        "\"amount\": 7500, \"currency\": \"ZZZ\"",
        "\"amount\": 7500, \"currency\": \"XAU\"",
        "\"amount\": 7500",
        "\"currency\": \"USD\"",
        "\"amount\": 1e30, \"currency\": \"USD\""
      })
  void anAmountThatCannotConvertExactlyIsAMalformedAnswer(String amountFields) {
    api.enqueueJson(
        200,
        envelope(
            "{\"id\": \"pi_1\", \"bookingId\": \"booking_1\", \"status\": \"completed\", "
                + amountFields
                + "}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.payments().get("pi_1"));

    assertThat(e).isNotNull();
  }

  @Test
  void aMissingCurrencyIsNamedAsTheMissingField() {
    api.enqueueJson(
        200,
        envelope(
            "{\"id\": \"pi_1\", \"bookingId\": \"booking_1\", \"status\": \"completed\","
                + " \"amount\": 7500}"));

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.payments().get("pi_1"));

    assertThat(e).hasMessageContaining("data.currency");
  }

  @Test
  void document004sJsonApiShapeIsReadToo() {
    api.enqueueJson(
        201,
        """
        {"data": {"id": "pi_9", "type": "payment_intent",
                  "attributes": {"amount": 7500, "currency": "USD", "status": "pending",
                                 "payment_method_types": ["card", "apple_pay", "google_pay"]},
                  "relationships": {"booking": {"data": {"id": "booking_123",
                                                          "type": "booking"}}}},
         "meta": {"request_id": "req-123", "timestamp": "2024-01-01T00:00:00Z"}}""");

    PaymentIntent intent =
        client
            .payments()
            .create(
                PaymentIntentCreateParams.builder()
                    .bookingId("booking_123")
                    .amount(new Money(new BigDecimal("75"), "USD"))
                    .build());

    assertThat(intent.id()).isEqualTo("pi_9");
    assertThat(intent.bookingId()).isEqualTo("booking_123");
    assertThat(intent.amount()).isEqualTo(new Money(new BigDecimal("75.00"), "USD"));
    assertThat(intent.paymentMethodTypes()).hasSize(3);
  }
}
