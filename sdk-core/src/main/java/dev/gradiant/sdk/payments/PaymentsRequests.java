package dev.gradiant.sdk.payments;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.gradiant.sdk.internal.http.ApiRequest;
import dev.gradiant.sdk.internal.json.Json;
import java.util.Objects;

/**
 * The requests of the payments endpoints and the readers of their answers, built in one place for
 * {@link PaymentsClient} and {@link AsyncPaymentsClient}. Each checks its arguments.
 */
final class PaymentsRequests {
  static final ObjectReader INTENT = Json.envelopeReader(PaymentIntent.class);
  static final ObjectReader INTENTS = Json.listEnvelopeReader(PaymentIntent.class);
  static final PaymentIntentConfirmParams NO_CONFIRM_PARAMS =
      PaymentIntentConfirmParams.builder().build();

  private PaymentsRequests() {}

  static ApiRequest createIntent(PaymentIntentCreateParams params) {
    Objects.requireNonNull(params, "params must not be null");
    return ApiRequest.postJson("/payments/intents", params);
  }

  static ApiRequest getIntent(String paymentIntentId) {
    return ApiRequest.getOne("/payments/intents/{id}", "paymentIntentId", paymentIntentId);
  }

  static ApiRequest confirmIntent(String paymentIntentId, PaymentIntentConfirmParams params) {
    ApiRequest.Builder request =
        ApiRequest.post("/payments/intents/{id}/confirm")
            .pathParam("paymentIntentId", paymentIntentId);
    Objects.requireNonNull(params, "params must not be null");
    return request.body(params).build();
  }

  static ApiRequest listForUser(String userId, PaymentListParams params) {
    ApiRequest.Builder request = ApiRequest.get("/users/{id}/payments").pathParam("userId", userId);
    Objects.requireNonNull(params, "params must not be null");
    return request
        .query("limit", params.limit().orElse(null))
        .query("offset", params.offset().orElse(null))
        .build();
  }
}
