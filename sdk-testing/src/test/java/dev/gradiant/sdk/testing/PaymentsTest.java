package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PaymentRequiredException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.payments.PaymentIntent;
import dev.gradiant.sdk.payments.PaymentIntentConfirmParams;
import dev.gradiant.sdk.payments.PaymentIntentCreateParams;
import dev.gradiant.sdk.payments.PaymentListParams;
import dev.gradiant.sdk.payments.PaymentMethodType;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import dev.gradiant.sdk.webhooks.PaymentEventData;
import dev.gradiant.sdk.webhooks.WebhookEvent;
import dev.gradiant.sdk.webhooks.WebhookHeaders;
import dev.gradiant.sdk.webhooks.WebhookVerifier;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sandbox's payments, driven through the SDK: stateful intents tied to its bookings. */
class PaymentsTest {
  private static final Money PRICE = new Money(new BigDecimal("120.00"), "USD");
  private static final String SECRET = "your_webhook_secret_0123456789abcdef";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(10);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private Booking book(int dayOffset) {
    return client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .scheduledAt(wednesday.plusDays(dayOffset).toInstant())
                .duration(60)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
  }

  private PaymentIntent intentFor(Booking booking) {
    return client
        .payments()
        .create(
            PaymentIntentCreateParams.builder()
                .bookingId(booking.id())
                .amount(booking.price().orElseThrow())
                .paymentMethodTypes(PaymentMethodType.CARD, PaymentMethodType.APPLE_PAY)
                .build());
  }

  private static PaymentIntentConfirmParams method(String token) {
    return PaymentIntentConfirmParams.builder().paymentMethod(token).build();
  }

  @Test
  void payingABookingCompletesItsPaymentAndSendsPaymentCompleted() {
    client
        .webhookEndpoints()
        .create(
            WebhookEndpointCreateParams.builder()
                .url("https://clinic.example/payments")
                .events(WebhookEventType.PAYMENT_COMPLETED)
                .secret(SECRET)
                .build());
    Booking booking = book(0);

    PaymentIntent created = intentFor(booking);
    PaymentIntent paid = client.payments().confirm(created.id());

    assertThat(created.id()).startsWith("pi_");
    assertThat(created.status()).isEqualTo(PaymentStatus.PENDING);
    assertThat(created.amount()).isEqualTo(PRICE);
    assertThat(created.userId()).contains(sandbox.demoUserId());
    assertThat(created.paymentMethodTypes())
        .containsExactly(PaymentMethodType.CARD, PaymentMethodType.APPLE_PAY);
    assertThat(paid.status()).isEqualTo(PaymentStatus.COMPLETED);
    assertThat(client.payments().get(created.id())).isEqualTo(paid);
    assertThat(client.bookings().get(booking.id()).paymentStatus())
        .contains(PaymentStatus.COMPLETED);
    WebhookDelivery delivery = sandbox.awaitDeliveries(1, WAIT).get(0);
    assertThat(delivery.eventType()).isEqualTo("payment.completed");
    WebhookEvent event =
        WebhookVerifier.builder()
            .secret(SECRET)
            .build()
            .verify(delivery.bodyBytes(), WebhookHeaders.of(delivery.headers()));
    PaymentEventData data = event.dataAs(PaymentEventData.class).orElseThrow();
    assertThat(data.id()).isEqualTo(paid.id());
    assertThat(data.bookingId()).contains(booking.id());
    assertThat(data.status()).contains(paid.status().value());
    assertThat(data.amount()).contains(paid.amount().amount());
    assertThat(data.currency()).contains("USD");
  }

  @Test
  void aDeclinedCardIsA402AndTheIntentCanBeConfirmedAgain() {
    Booking booking = book(0);
    PaymentIntent intent = intentFor(booking);

    PaymentRequiredException declined =
        catchThrowableOfType(
            PaymentRequiredException.class,
            () -> client.payments().confirm(intent.id(), method("pm_card_declined")));
    PaymentRequiredException poor =
        catchThrowableOfType(
            PaymentRequiredException.class,
            () -> client.payments().confirm(intent.id(), method("pm_card_insufficient_funds")));

    assertThat(declined.declineCode()).contains("card_declined");
    assertThat(poor.declineCode()).contains("insufficient_funds");
    assertThat(client.payments().get(intent.id()).status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(client.bookings().get(booking.id()).paymentStatus()).contains(PaymentStatus.FAILED);
    assertThat(client.payments().confirm(intent.id(), method("pm_card_visa")).status())
        .isEqualTo(PaymentStatus.COMPLETED);
  }

  @Test
  void confirmingTwiceIsAConflictButARetryWithTheSameKeyIsTheFirstAnswer() {
    PaymentIntent intent = intentFor(book(0));
    RequestOptions once = RequestOptions.builder().idempotencyKey("confirm-once").build();

    PaymentIntent first = client.payments().withOptions(once).confirm(intent.id());
    PaymentIntent replayed = client.payments().withOptions(once).confirm(intent.id());
    ConflictException twice =
        catchThrowableOfType(ConflictException.class, () -> client.payments().confirm(intent.id()));

    assertThat(replayed).isEqualTo(first);
    assertThat(twice).isExactlyInstanceOf(ConflictException.class);
    assertThat(twice.errorCode()).contains("RESOURCE_CONFLICT");
    assertThat(sandbox.deliveries()).isEmpty();
  }

  @Test
  void aConfirmWhoseAnswerWasLostIsRetriedWithoutChargingTwice() {
    PaymentIntent intent = intentFor(book(0));
    sandbox.dropResponseOfNext(1);

    PaymentIntent paid = client.payments().confirm(intent.id());

    assertThat(paid.status()).isEqualTo(PaymentStatus.COMPLETED);
    List<RecordedRequest> confirms =
        sandbox.requests().stream().filter(r -> r.path().endsWith("/confirm")).toList();
    assertThat(confirms).hasSize(2);
    assertThat(confirms.get(1).headers().get("idempotency-key"))
        .isEqualTo(confirms.get(0).headers().get("idempotency-key"));
  }

  @Test
  void aCancelledOrPaidBookingCannotBePaidAndPayingRefundsOnCancel() {
    Booking cancelled = book(0);
    PaymentIntent open = intentFor(cancelled);
    client.bookings().cancel(cancelled.id());
    Booking paid = book(1);
    client.payments().confirm(intentFor(paid).id());

    assertThatThrownBy(() -> intentFor(cancelled))
        .isInstanceOf(InvalidBookingStatusException.class);
    assertThatThrownBy(() -> client.payments().confirm(open.id()))
        .isInstanceOf(InvalidBookingStatusException.class);
    ConflictException alreadyPaid =
        catchThrowableOfType(ConflictException.class, () -> intentFor(paid));
    assertThat(alreadyPaid.errorCode()).contains("RESOURCE_CONFLICT");
    assertThat(client.bookings().cancel(paid.id()).paymentStatus())
        .contains(PaymentStatus.REFUNDED);
    assertThat(client.payments().listForUser(sandbox.demoUserId()).items())
        .extracting(PaymentIntent::status)
        .containsExactly(PaymentStatus.PENDING, PaymentStatus.REFUNDED);
  }

  @Test
  void theAmountMustBeTheBookingsPriceAndTheBookingMustExist() {
    Booking booking = book(0);

    UnprocessableEntityException wrongAmount =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                client
                    .payments()
                    .create(
                        PaymentIntentCreateParams.builder()
                            .bookingId(booking.id())
                            .amount(new Money(new BigDecimal("119.99"), "USD"))
                            .build()));
    UnprocessableEntityException wrongCurrency =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                client
                    .payments()
                    .create(
                        PaymentIntentCreateParams.builder()
                            .bookingId(booking.id())
                            .amount(new Money(new BigDecimal("12000"), "JPY"))
                            .build()));
    UnprocessableEntityException noBooking =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                client
                    .payments()
                    .create(
                        PaymentIntentCreateParams.builder()
                            .bookingId("booking_nobody")
                            .amount(PRICE)
                            .build()));

    assertThat(wrongAmount.fieldErrors()).extracting("field").containsExactly("amount");
    assertThat(wrongCurrency.fieldErrors()).extracting("field").containsExactly("currency");
    assertThat(noBooking.fieldErrors()).extracting("field").containsExactly("bookingId");
    assertThatThrownBy(() -> client.payments().get("pi_nobody"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.payments().listForUser("user_nobody"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aPractitionerConfirmingAnUnpaidBookingPaysItsOpenIntent() {
    Booking booking = book(0);
    PaymentIntent intent = intentFor(booking);

    sandbox.setBookingStatus(booking.id(), "confirmed");

    assertThat(client.payments().get(intent.id()).status()).isEqualTo(PaymentStatus.COMPLETED);
    assertThat(client.payments().listForUser(sandbox.demoUserId()).items()).hasSize(1);
  }

  @Test
  void historyIsPerUserOldestFirstAndPaged() {
    List<String> ids =
        List.of(intentFor(book(0)).id(), intentFor(book(1)).id(), intentFor(book(2)).id());

    Page<PaymentIntent> second =
        client
            .payments()
            .listForUser(
                sandbox.demoUserId(), PaymentListParams.builder().limit(2).offset(2).build());
    List<String> walked =
        client
            .payments()
            .listForUser(sandbox.demoUserId(), PaymentListParams.builder().limit(1).build())
            .autoPager()
            .stream()
            .map(PaymentIntent::id)
            .toList();

    assertThat(second.total()).contains(3L);
    assertThat(second.items()).extracting(PaymentIntent::id).containsExactly(ids.get(2));
    assertThat(walked).isEqualTo(ids);
    assertThat(client.payments().listForUser("user_client1").items()).isEmpty();
  }
}
