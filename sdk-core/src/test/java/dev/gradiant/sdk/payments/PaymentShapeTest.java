package dev.gradiant.sdk.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.ModelShape;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.core.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The payments models and params can gain fields without breaking callers: final classes built by
 * builders that round-trip every field, reject null and check what the contract requires.
 */
class PaymentShapeTest {
  private static final Money USD = new Money(new BigDecimal("75.00"), "USD");

  static PaymentIntent fullIntent() {
    return PaymentIntent.builder()
        .id("pi_123")
        .bookingId("booking_123")
        .userId("user_123")
        .amount(USD)
        .status(PaymentStatus.COMPLETED)
        .paymentMethodTypes(List.of(PaymentMethodType.CARD))
        .createdAt(Instant.parse("2024-01-01T00:00:30Z"))
        .updatedAt(Instant.parse("2024-01-01T00:01:00Z"))
        .build();
  }

  @Test
  void everyTypeIsGrowable() throws ReflectiveOperationException {
    for (Class<?> type :
        List.of(
            PaymentIntent.class,
            PaymentIntentCreateParams.class,
            PaymentIntentConfirmParams.class,
            PaymentListParams.class)) {
      ModelShape.assertGrowable(type);
    }
  }

  @Test
  void intentRoundTripsEveryFieldAndComparesByValue() {
    PaymentIntent intent = fullIntent();
    PaymentIntent copy = intent.toBuilder().build();

    assertThat(copy).isEqualTo(intent).hasSameHashCodeAs(intent).isNotSameAs(intent);
    assertThat(copy.toString())
        .isEqualTo(
            "PaymentIntent[id=pi_123, bookingId=booking_123, userId=user_123,"
                + " amount=Money[amount=75.00, currency=USD], status=completed,"
                + " paymentMethodTypes=[card], createdAt=2024-01-01T00:00:30Z,"
                + " updatedAt=2024-01-01T00:01:00Z]");
    assertThat(intent.toBuilder().status(PaymentStatus.REFUNDED).build()).isNotEqualTo(intent);
  }

  @Test
  void intentRequiresWhatTheContractRequires() {
    assertThatThrownBy(() -> PaymentIntent.builder().bookingId("b").amount(USD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PaymentIntent.id is required");
    assertThatThrownBy(() -> PaymentIntent.builder().id("pi").amount(USD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PaymentIntent.bookingId is required");
    assertThatThrownBy(
            () ->
                PaymentIntent.builder()
                    .id("pi")
                    .bookingId("b")
                    .status(PaymentStatus.PENDING)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PaymentIntent.amount is required");
    assertThatThrownBy(() -> PaymentIntent.builder().id("pi").bookingId("b").amount(USD).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("PaymentIntent.status is required");
    assertThatThrownBy(() -> PaymentIntent.builder().amount(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount must not be null");
  }

  @Test
  void paramsRoundTripAndHideThePaymentMethodToken() {
    PaymentIntentCreateParams create =
        PaymentIntentCreateParams.builder()
            .bookingId("booking_123")
            .amount(USD)
            .paymentMethodTypes(PaymentMethodType.CARD)
            .build();
    PaymentIntentConfirmParams confirm =
        PaymentIntentConfirmParams.builder().paymentMethod("pm_card_visa").build();

    assertThat(create.toBuilder().build()).isEqualTo(create).hasSameHashCodeAs(create);
    assertThat(confirm.toBuilder().build()).isEqualTo(confirm).hasSameHashCodeAs(confirm);
    assertThat(create.paymentMethodTypes()).containsExactly(PaymentMethodType.CARD);
    assertThat(
            PaymentIntentCreateParams.builder()
                .bookingId("b")
                .amount(USD)
                .build()
                .paymentMethodTypes())
        .isEmpty();
    assertThat(confirm.toString()).doesNotContain("pm_card_visa");
    assertThat(PaymentIntentConfirmParams.builder().build().paymentMethod()).isEmpty();
  }
}
