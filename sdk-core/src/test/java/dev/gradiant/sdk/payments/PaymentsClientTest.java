package dev.gradiant.sdk.payments;

import static dev.gradiant.sdk.Payloads.envelope;
import static dev.gradiant.sdk.Payloads.list;
import static dev.gradiant.sdk.payments.PaymentPayloads.ALREADY_CONFIRMED;
import static dev.gradiant.sdk.payments.PaymentPayloads.BOOKING_CANCELLED;
import static dev.gradiant.sdk.payments.PaymentPayloads.CARD_DECLINED;
import static dev.gradiant.sdk.payments.PaymentPayloads.COMPLETED;
import static dev.gradiant.sdk.payments.PaymentPayloads.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.InvalidBookingStatusException;
import dev.gradiant.sdk.errors.PaymentRequiredException;
import dev.gradiant.sdk.pagination.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PaymentsClientTest {
  private static final Money USD_75 = new Money(new BigDecimal("75.00"), "USD");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  private static PaymentIntentCreateParams.Builder documentedCreate() {
    return PaymentIntentCreateParams.builder()
        .bookingId("booking_123")
        .amount(USD_75)
        .paymentMethodTypes(
            PaymentMethodType.CARD, PaymentMethodType.APPLE_PAY, PaymentMethodType.GOOGLE_PAY);
  }

  @Test
  void createPostsDocument004sBodyInMinorUnitsWithAnIdempotencyKey() {
    api.enqueueJson(201, envelope(PENDING));

    PaymentIntent intent = client.payments().create(documentedCreate().build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/payments/intents");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"bookingId": "booking_123", "amount": 7500, "currency": "USD",
         "paymentMethodTypes": ["card", "apple_pay", "google_pay"]}""");
    assertThat(intent.id()).isEqualTo("pi_123");
    assertThat(intent.bookingId()).isEqualTo("booking_123");
    assertThat(intent.userId()).contains("user_123");
    assertThat(intent.amount()).isEqualTo(USD_75);
    assertThat(intent.status()).isSameAs(PaymentStatus.PENDING);
    assertThat(intent.paymentMethodTypes())
        .containsExactly(
            PaymentMethodType.CARD, PaymentMethodType.APPLE_PAY, PaymentMethodType.GOOGLE_PAY);
    assertThat(intent.createdAt()).contains(Instant.parse("2024-01-01T00:00:30Z"));
    assertThat(intent.updatedAt()).contains(Instant.parse("2024-01-01T00:00:30Z"));
  }

  @Test
  void createConvertsByEachCurrencysExponent() {
    api.enqueueJson(201, envelope(PENDING))
        .enqueueJson(201, envelope(PENDING))
        .enqueueJson(201, envelope(PENDING))
        .enqueueJson(201, envelope(PENDING));

    for (Money money :
        List.of(
            new Money(new BigDecimal("75"), "USD"),
            new Money(new BigDecimal("7500"), "JPY"),
            new Money(new BigDecimal("7.5"), "BHD"),
            new Money(new BigDecimal("7500.000"), "JPY"))) {
      client
          .payments()
          .create(PaymentIntentCreateParams.builder().bookingId("booking_1").amount(money).build());
    }

    for (String expected :
        List.of(
            "{\"bookingId\": \"booking_1\", \"amount\": 7500, \"currency\": \"USD\"}",
            "{\"bookingId\": \"booking_1\", \"amount\": 7500, \"currency\": \"JPY\"}",
            "{\"bookingId\": \"booking_1\", \"amount\": 7500, \"currency\": \"BHD\"}",
            "{\"bookingId\": \"booking_1\", \"amount\": 7500, \"currency\": \"JPY\"}")) {
      Wire.assertJsonBody(api.takeRequest(), expected);
    }
  }

  @Test
  void answersMinorUnitsConvertBackExactly() {
    api.enqueueJson(200, envelope(PaymentPayloads.required(7500, "USD")))
        .enqueueJson(200, envelope(PaymentPayloads.required(7500, "JPY")))
        .enqueueJson(200, envelope(PaymentPayloads.required(7500, "BHD")))
        .enqueueJson(200, envelope(PaymentPayloads.required(9007199254740991L, "USD")));

    assertThat(client.payments().get("pi_1").amount().amount()).isEqualTo("75.00");
    assertThat(client.payments().get("pi_1").amount().amount()).isEqualTo("7500");
    assertThat(client.payments().get("pi_1").amount().amount()).isEqualTo("7.500");
    assertThat(client.payments().get("pi_1").amount().amount()).isEqualTo("90071992547409.91");
  }

  @Test
  void createLeavesPaymentMethodTypesOutWhenUnsetAndSendsTheCallersKey() {
    api.enqueueJson(201, envelope(PENDING)).enqueueJson(201, envelope(PENDING));
    PaymentIntentCreateParams params =
        PaymentIntentCreateParams.builder().bookingId("booking_123").amount(USD_75).build();

    client
        .payments()
        .withOptions(RequestOptions.builder().idempotencyKey("pay-booking-123").build())
        .create(params);
    client.payments().create(params);

    RecordedRequest first = api.takeRequest();
    assertThat(first.getHeaders().get("Idempotency-Key")).isEqualTo("pay-booking-123");
    Wire.assertJsonBody(
        first, "{\"bookingId\": \"booking_123\", \"amount\": 7500, \"currency\": \"USD\"}");
    assertThat(Wire.assertIdempotencyKey(api.takeRequest())).isNotEqualTo("pay-booking-123");
  }

  @Test
  void getSendsTheIdInThePath() {
    api.enqueueJson(200, envelope(COMPLETED));

    PaymentIntent intent = client.payments().get("pi 1?x=y");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/payments/intents/pi%201%3Fx=y");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(intent.status()).isSameAs(PaymentStatus.COMPLETED);
  }

  @Test
  void confirmPostsAnEmptyObjectOrThePaymentMethodWithAnIdempotencyKey() {
    api.enqueueJson(200, envelope(COMPLETED)).enqueueJson(200, envelope(COMPLETED));

    PaymentIntent paid = client.payments().confirm("pi_123");
    client
        .payments()
        .confirm(
            "pi_123", PaymentIntentConfirmParams.builder().paymentMethod("pm_card_visa").build());

    RecordedRequest first = api.takeRequest();
    Wire.assertRequestLine(first, "POST", "/v1/payments/intents/pi_123/confirm");
    Wire.assertStandardHeaders(first);
    String key = Wire.assertIdempotencyKey(first);
    Wire.assertJsonBody(first, "{}");
    RecordedRequest second = api.takeRequest();
    Wire.assertJsonBody(second, "{\"paymentMethod\": \"pm_card_visa\"}");
    assertThat(Wire.assertIdempotencyKey(second)).isNotEqualTo(key);
    assertThat(paid.status()).isSameAs(PaymentStatus.COMPLETED);
    assertThat(paid.amount()).isEqualTo(USD_75);
  }

  @Test
  void aDeclinedConfirmationIsAPaymentRequiredExceptionWithItsDeclineCode() {
    api.enqueueJson(402, CARD_DECLINED);

    PaymentRequiredException e =
        catchThrowableOfType(
            PaymentRequiredException.class, () -> client.payments().confirm("pi_123"));

    assertThat(e.statusCode()).isEqualTo(402);
    assertThat(e.errorCode()).contains("PAYMENT_REQUIRED");
    assertThat(e.declineCode()).contains("card_declined");
    assertThat(e.requestId()).contains("req_402");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void confirmingTwiceOrForACancelledBookingIsATypedConflict() {
    api.enqueueJson(409, ALREADY_CONFIRMED).enqueueJson(409, BOOKING_CANCELLED);

    ConflictException twice =
        catchThrowableOfType(ConflictException.class, () -> client.payments().confirm("pi_123"));
    InvalidBookingStatusException cancelled =
        catchThrowableOfType(
            InvalidBookingStatusException.class, () -> client.payments().confirm("pi_123"));

    assertThat(twice).isExactlyInstanceOf(ConflictException.class);
    assertThat(twice.errorCode()).contains("RESOURCE_CONFLICT");
    assertThat(cancelled.errorCode()).contains("INVALID_BOOKING_STATUS");
  }

  @Test
  void payingACancelledBookingIsAnInvalidBookingStatusException() {
    api.enqueueJson(409, BOOKING_CANCELLED);

    InvalidBookingStatusException e =
        catchThrowableOfType(
            InvalidBookingStatusException.class,
            () -> client.payments().create(documentedCreate().build()));

    assertThat(e.details()).isPresent();
  }

  @Test
  void listForUserSendsPagingAndReadsThePage() {
    api.enqueueJson(200, list(COMPLETED, 41, 20, 20)).enqueueJson(200, list(COMPLETED, 1, 20, 0));

    Page<PaymentIntent> page =
        client
            .payments()
            .listForUser("user_123", PaymentListParams.builder().limit(20).offset(20).build());
    client.payments().listForUser("user_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/users/user_123/payments?limit=20&offset=20");
    Wire.assertStandardHeaders(request);
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/users/user_123/payments");
    assertThat(page.items()).extracting(PaymentIntent::id).containsExactly("pi_123");
    assertThat(page.total()).contains(41L);
  }

  @Test
  void withRawResponseKeepsTheRequestId() {
    api.enqueueJson(200, envelope(COMPLETED));

    ApiResponse<PaymentIntent> response = client.payments().withRawResponse().get("pi_123");

    assertThat(response.requestId()).contains("req_123");
    assertThat(response.data().id()).isEqualTo("pi_123");
  }
}
