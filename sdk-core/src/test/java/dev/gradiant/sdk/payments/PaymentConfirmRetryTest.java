package dev.gradiant.sdk.payments;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.PaymentStatus;
import dev.gradiant.sdk.errors.PaymentRequiredException;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A confirmation is retried safely: every attempt of one call carries the same {@code
 * Idempotency-Key}, so the server charges once, whether the answer was a 503 or lost on the way. A
 * declined payment ({@code 402}) is never retried.
 */
class PaymentConfirmRetryTest {
  private static final String UNAVAILABLE =
      "{\"error\": {\"code\": \"SERVICE_UNAVAILABLE\", \"message\": \"down\"},"
          + " \"meta\": {\"requestId\": \"req_503\", \"timestamp\": \"2024-01-01T00:00:00Z\"}}";

  private final MockApi api = MockApi.start();
  private final FakeTime time = new FakeTime(Instant.parse("2024-01-01T00:00:00Z"));

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void aConfirmRetriedAfter503KeepsItsIdempotencyKey() {
    api.enqueueJson(503, UNAVAILABLE, "Retry-After", "2")
        .enqueueJson(200, envelope(PaymentPayloads.COMPLETED));

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time).apiToken(MockApi.TOKEN).build()) {
      PaymentIntent paid = client.payments().confirm("pi_123");

      assertThat(paid.status()).isSameAs(PaymentStatus.COMPLETED);
    }
    RecordedRequest first = api.takeRequest();
    RecordedRequest second = api.takeRequest();
    Wire.assertRequestLine(second, "POST", "/v1/payments/intents/pi_123/confirm");
    assertThat(Wire.assertIdempotencyKey(second)).isEqualTo(Wire.assertIdempotencyKey(first));
    assertThat(api.requestCount()).isEqualTo(2);
  }

  @Test
  void anAsyncConfirmWhoseAnswerWasLostIsRepeatedWithTheSameKey() {
    api.enqueue(
            new MockResponse.Builder()
                .code(200)
                .onResponseStart(new SocketEffect.CloseSocket())
                .build())
        .enqueueJson(200, envelope(PaymentPayloads.COMPLETED));

    try (GradiantClient client =
        TestClients.async(api.baseUrl(), time).apiToken(MockApi.TOKEN).build()) {
      PaymentIntent paid = client.async().payments().confirm("pi_123").join();

      assertThat(paid.id()).isEqualTo("pi_123");
    }
    String key = Wire.assertIdempotencyKey(api.takeRequest());
    assertThat(Wire.assertIdempotencyKey(api.takeRequest())).isEqualTo(key);
  }

  @Test
  void aDeclinedPaymentIsNotRetried() {
    api.enqueueJson(402, PaymentPayloads.CARD_DECLINED)
        .enqueueJson(200, envelope(PaymentPayloads.COMPLETED));

    try (GradiantClient client =
        TestClients.blocking(api.baseUrl(), time).apiToken(MockApi.TOKEN).build()) {
      PaymentRequiredException e =
          catchThrowableOfType(
              PaymentRequiredException.class, () -> client.payments().confirm("pi_123"));

      assertThat(e.declineCode()).contains("card_declined");
    }
    assertThat(api.requestCount()).isEqualTo(1);
    assertThat(time.sleeps()).isEmpty();
  }
}
