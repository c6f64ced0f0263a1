package dev.gradiant.sdk.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.core.Money;
import dev.gradiant.sdk.errors.PaymentRequiredException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.payments.PaymentIntentConfirmParams;
import dev.gradiant.sdk.payments.PaymentIntentCreateParams;
import dev.gradiant.sdk.users.EmergencyContact;
import dev.gradiant.sdk.users.HealthProfileUpdateParams;
import dev.gradiant.sdk.users.UserCreateParams;
import dev.gradiant.sdk.users.UserListParams;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With every logger at TRACE, no credential and no personal or health data reaches a log line. */
class SafeLoggingTest {
  private static final String PROFILE =
      """
      {"conditions": ["hypertension"], "allergies": ["penicillin"], "medications": ["lisinopril"],
       "goals": ["run 5k"],
       "emergencyContact": {"name": "Jane Roe", "phoneNumber": "+15557654321", "relationship": "spouse"}}""";

  private final MockApi api = MockApi.start();

  @BeforeEach
  void clear() {
    CapturedLogs.clear();
  }

  @AfterEach
  void tearDown() {
    api.close();
  }

  @Test
  void traceLogsHoldNoSecretsAndNoPersonalData() {
    api.enqueueJson(201, Payloads.envelope(Payloads.USER), "X-Request-ID", "req_created")
        .enqueueJson(200, Payloads.envelope(PROFILE))
        .enqueueJson(200, Payloads.list(Payloads.USER, 1, 5, 0))
        .enqueueJson(
            422,
            """
            {"error": {"code": "VALIDATION_ERROR", "message": "user@example.com is taken",
                       "details": {"field": "email", "issue": "user@example.com is taken"}}}""");

    try (GradiantClient tokenClient = api.client();
        GradiantClient keyClient = api.builder().apiKey("avk_a7f3c91e8b2d4").build()) {
      tokenClient
          .users()
          .create(
              UserCreateParams.builder()
                  .email("user@example.com")
                  .firstName("John")
                  .lastName("Doe")
                  .dateOfBirth(LocalDate.of(1990, 1, 1))
                  .phoneNumber("+1234567890")
                  .build());
      keyClient
          .users()
          .updateHealthProfile(
              "user_123",
              HealthProfileUpdateParams.builder()
                  .conditions(List.of("hypertension"))
                  .medications(List.of("lisinopril"))
                  .emergencyContact(
                      EmergencyContact.builder()
                          .name("Jane Roe")
                          .phoneNumber("+15557654321")
                          .relationship("spouse")
                          .build())
                  .build());
      tokenClient.users().list(UserListParams.builder().limit(5).build());
      Assertions.catchThrowableOfType(
          UnprocessableEntityException.class,
          () ->
              tokenClient
                  .users()
                  .create(UserCreateParams.builder().email("user@example.com").build()));
    }

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(
            line -> line.contains("POST /users -> 201 (attempt 1") && line.contains("req_created"))
        .anyMatch(line -> line.contains("PUT /users/{id}/health-profile -> 200"))
        .anyMatch(line -> line.startsWith("TRACE") && line.contains("limit=5"));
    for (String secret :
        List.of(
            MockApi.TOKEN,
            "avk_a7f3c91e8b2d4",
            "Authorization",
            "X-API-Key",
            "user@example.com",
            "John",
            "Doe",
            "1990-01-01",
            "+1234567890",
            "hypertension",
            "penicillin",
            "lisinopril",
            "run 5k",
            "Jane Roe",
            "+15557654321",
            "spouse",
            "is taken")) {
      assertThat(lines)
          .as("log lines containing " + secret)
          .noneMatch(line -> line.contains(secret));
    }
  }

  @Test
  void paymentTraceLogsHoldNoPaymentMethodToken() {
    api.enqueueJson(
            201,
            Payloads.envelope(
                """
                {"id": "pi_123", "bookingId": "booking_123", "amount": 7500, "currency": "USD",
                 "status": "pending"}"""))
        .enqueueJson(
            402,
            """
            {"error": {"code": "PAYMENT_REQUIRED", "message": "The card was declined",
                       "details": {"paymentIntentId": "pi_123", "declineCode": "card_declined"}}}""");

    try (GradiantClient client = api.client()) {
      client
          .payments()
          .create(
              PaymentIntentCreateParams.builder()
                  .bookingId("booking_123")
                  .amount(new Money(new BigDecimal("75.00"), "USD"))
                  .build());
      Assertions.catchThrowableOfType(
          PaymentRequiredException.class,
          () ->
              client
                  .payments()
                  .confirm(
                      "pi_123",
                      PaymentIntentConfirmParams.builder()
                          .paymentMethod("pm_tok_7f3a9c2e5b1d")
                          .build()));
    }

    List<String> lines = CapturedLogs.lines();
    assertThat(lines)
        .anyMatch(line -> line.contains("POST /payments/intents -> 201 (attempt 1"))
        .anyMatch(line -> line.contains("POST /payments/intents/{id}/confirm -> 402 (attempt 1"));
    for (String secret : List.of(MockApi.TOKEN, "Authorization", "pm_tok_7f3a9c2e5b1d")) {
      assertThat(lines)
          .as("log lines containing " + secret)
          .noneMatch(line -> line.contains(secret));
    }
  }
}
