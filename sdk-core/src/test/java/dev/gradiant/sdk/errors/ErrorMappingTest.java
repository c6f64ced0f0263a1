package dev.gradiant.sdk.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.core.RateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every documented error shape, and bodies that are not JSON, become the same typed exception. */
class ErrorMappingTest {
  private static final String GRADIANT_ERROR =
      """
      {"error": {"code": "validation_error", "message": "Invalid input parameters",
                 "details": {"field": "email", "issue": "Invalid email format"}},
       "meta": {"requestId": "req_123", "timestamp": "2024-03-21T10:30:00Z"}}""";

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.gradiant.sdk.errors.BadRequestException",
    "401, dev.gradiant.sdk.errors.AuthenticationException",
    "403, dev.gradiant.sdk.errors.PermissionDeniedException",
    "404, dev.gradiant.sdk.errors.NotFoundException",
    "409, dev.gradiant.sdk.errors.ConflictException",
    "422, dev.gradiant.sdk.errors.UnprocessableEntityException",
    "429, dev.gradiant.sdk.errors.RateLimitException",
    "500, dev.gradiant.sdk.errors.ServerException",
    "502, dev.gradiant.sdk.errors.ServerException",
    "503, dev.gradiant.sdk.errors.ServerException",
    "504, dev.gradiant.sdk.errors.ServerException",
    "402, dev.gradiant.sdk.errors.PaymentRequiredException",
    "413, dev.gradiant.sdk.errors.PayloadTooLargeException",
    "418, dev.gradiant.sdk.errors.ApiException"
  })
  void statusSelectsTheExceptionType(int status, Class<? extends ApiException> type) {
    api.enqueueJson(status, GRADIANT_ERROR);

    ApiException e = catchThrowableOfType(ApiException.class, () -> client.users().get("user_123"));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e).isInstanceOf(GradiantException.class);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).contains("validation_error");
    assertThat(e.requestId()).contains("req_123");
  }

  @Test
  void gradiantEnvelopeKeepsCodeMessageDetailsAndFieldErrors() {
    api.enqueueJson(
        400,
        GRADIANT_ERROR,
        "X-RateLimit-Limit",
        "100",
        "X-RateLimit-Remaining",
        "0",
        "X-RateLimit-Reset",
        "1751285520");

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client.users().get("user_123"));

    assertThat(e.serverMessage()).isEqualTo("Invalid input parameters");
    assertThat(e.details().orElseThrow())
        .asInstanceOf(MAP)
        .containsEntry("issue", "Invalid email format");
    assertThat(e.fieldErrors())
        .containsExactly(
            FieldError.builder().field("email").message("Invalid email format").build());
    assertThat(e.headers().last("Content-Type")).contains("application/json");
    assertThat(e.rateLimit())
        .contains(
            RateLimit.builder()
                .limit(100)
                .remaining(0)
                .resetAt(Instant.ofEpochSecond(1751285520))
                .build());
    assertThat(e.rawBody()).contains("\"validation_error\"");
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 400 validation_error: Invalid input parameters [email: Invalid email format]"
                + " (request id: req_123)");
  }

  @Test
  void detailsCanBeAListOfFields() {
    api.enqueueJson(
        422,
        """
        {"error": {"code": "VALIDATION_ERROR", "message": "2 fields are invalid",
                   "details": [{"field": "email", "issue": "required"},
                               {"field": "dateOfBirth", "message": "must be in the past"}]},
         "meta": {"requestId": "req_9"}}""");

    UnprocessableEntityException e =
        catchThrowableOfType(UnprocessableEntityException.class, () -> client.users().me());

    assertThat(e.fieldErrors())
        .containsExactly(
            FieldError.builder().field("email").message("required").build(),
            FieldError.builder().field("dateOfBirth").message("must be in the past").build());
  }

  @Test
  void jsonApiErrorsListIsRead() {
    api.enqueueJson(
        422,
        """
        {"errors": [{"id": "error_123", "status": "422", "code": "VALIDATION_ERROR",
                     "title": "Validation Error",
                     "detail": "The email field must be a valid email address",
                     "source": {"pointer": "/data/attributes/email", "parameter": "email"},
                     "meta": {"field": "email", "validation_rule": "email"}},
                    {"status": "422", "code": "VALIDATION_ERROR", "title": "Validation Error",
                     "detail": "The phone number is too short",
                     "source": {"pointer": "/data/attributes/phone_number"}}],
         "meta": {"request_id": "req_123", "timestamp": "2024-01-01T00:00:00Z"}}""");

    UnprocessableEntityException e =
        catchThrowableOfType(UnprocessableEntityException.class, () -> client.users().me());

    assertThat(e.errorCode()).contains("VALIDATION_ERROR");
    assertThat(e.serverMessage())
        .isEqualTo("The email field must be a valid email address (and 1 more)");
    assertThat(e.requestId()).contains("req_123");
    assertThat(e.fieldErrors())
        .containsExactly(
            FieldError.builder()
                .field("email")
                .message("The email field must be a valid email address")
                .build(),
            FieldError.builder()
                .field("phone_number")
                .message("The phone number is too short")
                .build());
    assertThat(e.details()).get().isInstanceOf(List.class);
  }

  @Test
  void detailStringIsRead() {
    api.enqueueJson(404, "{\"detail\": \"Grant not found or access denied.\"}");

    NotFoundException e =
        catchThrowableOfType(NotFoundException.class, () -> client.users().get("user_404"));

    assertThat(e.serverMessage()).isEqualTo("Grant not found or access denied.");
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.requestId()).isEmpty();
    assertThat(e.getMessage())
        .isEqualTo("HTTP 404: Grant not found or access denied. (request id: none)");
  }

  @Test
  void detailValidationListBecomesFieldErrors() {
    api.enqueueJson(
        422,
        """
        {"detail": [{"loc": ["body", "email"], "msg": "value is not a valid email address",
                     "type": "value_error.email"},
                    {"loc": ["body", "address", "city"], "msg": "field required",
                     "type": "value_error.missing"}]}""");

    UnprocessableEntityException e =
        catchThrowableOfType(UnprocessableEntityException.class, () -> client.users().me());

    assertThat(e.serverMessage()).isEqualTo("value is not a valid email address (and 1 more)");
    assertThat(e.fieldErrors())
        .containsExactly(
            FieldError.builder()
                .field("email")
                .message("value is not a valid email address")
                .build(),
            FieldError.builder().field("address.city").message("field required").build());
  }

  @Test
  void oauthErrorIsRead() {
    api.enqueueJson(
        400, "{\"error\": \"invalid_grant\", \"error_description\": \"The code has expired\"}");

    BadRequestException e =
        catchThrowableOfType(BadRequestException.class, () -> client.users().me());

    assertThat(e.errorCode()).contains("invalid_grant");
    assertThat(e.serverMessage()).isEqualTo("The code has expired");
  }

  @Test
  void htmlFromAProxyBecomesAServerExceptionWithAnExcerpt() {
    String html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>";
    api.enqueue(
        new MockResponse.Builder()
            .code(502)
            .addHeader("Content-Type", "text/html")
            .addHeader("X-Request-ID", "req_edge_1")
            .body(html)
            .build());

    ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.serverMessage()).startsWith("Server Error").contains("not JSON");
    assertThat(e.rawBody()).isEqualTo(html);
    assertThat(e.requestId()).contains("req_edge_1");
  }

  @Test
  void emptyBodyKeepsTheStatusReason() {
    api.enqueue(new MockResponse.Builder().code(503).build());

    ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

    assertThat(e.serverMessage()).isEqualTo("Server Error");
    assertThat(e.rawBody()).isEmpty();
    assertThat(e.fieldErrors()).isEmpty();
  }

  @Test
  void jsonWithoutAKnownShapeUsesItsMessageOrTheReason() {
    api.enqueueJson(500, "{\"message\": \"upstream exploded\"}").enqueueJson(500, "[1, 2, 3]");

    ServerException first = catchThrowableOfType(ServerException.class, () -> client.users().me());
    ServerException second = catchThrowableOfType(ServerException.class, () -> client.users().me());

    assertThat(first.serverMessage()).isEqualTo("upstream exploded");
    assertThat(second.serverMessage()).isEqualTo("Server Error");
  }

  @Test
  void rawBodyIsBounded() {
    String huge = "x".repeat(100_000);
    api.enqueue(new MockResponse.Builder().code(500).body(huge).build());

    ServerException e = catchThrowableOfType(ServerException.class, () -> client.users().me());

    assertThat(e.rawBody()).hasSize(ApiException.MAX_RAW_BODY_CHARS);
  }

  @Test
  void rateLimitExceptionCarriesRetryAfterSeconds() {
    api.enqueueJson(
        429,
        "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"Slow down\"}}",
        "Retry-After",
        "30");

    RateLimitException e =
        catchThrowableOfType(RateLimitException.class, () -> client.users().me());

    assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(e.errorCode()).contains("RATE_LIMIT_EXCEEDED");
  }

  @Test
  void rateLimitExceptionReadsAnHttpDateAndToleratesGarbage() {
    api.enqueueJson(429, "{}", "Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT")
        .enqueueJson(429, "{}", "Retry-After", "soon")
        .enqueueJson(429, "{}");

    RateLimitException past =
        catchThrowableOfType(RateLimitException.class, () -> client.users().me());
    RateLimitException garbled =
        catchThrowableOfType(RateLimitException.class, () -> client.users().me());
    RateLimitException absent =
        catchThrowableOfType(RateLimitException.class, () -> client.users().me());

    assertThat(past.retryAfter()).contains(Duration.ZERO);
    assertThat(garbled.retryAfter()).isEmpty();
    assertThat(absent.retryAfter()).isEmpty();
  }

  @Test
  void successWithHtmlBodyIsAMalformedResponse() {
    api.enqueue(new MockResponse.Builder().code(200).body("<html>captive portal</html>").build());

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().get("u1"));

    assertThat(e.statusCode()).isEqualTo(200);
    assertThat(e.serverMessage())
        .isEqualTo("Could not read the response of GET /users/{id}: the body is not valid JSON");
    assertThat(e.rawBody()).isEqualTo("<html>captive portal</html>");
  }

  @Test
  void successWithTruncatedJsonIsAMalformedResponse() {
    api.enqueueJson(200, "{\"data\": {\"id\": \"user_123\", \"email\": \"user@exa");

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().get("u1"));

    assertThat(e.serverMessage()).endsWith("the body is not valid JSON");
    assertThat(e.rawBody()).doesNotContain("user@exa").contains("not JSON");
  }

  @Test
  void successWithoutDataIsAMalformedResponse() {
    api.enqueueJson(200, "{\"id\": \"user_123\"}")
        .enqueue(new MockResponse.Builder().code(200).build());

    MalformedResponseException noData =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().get("u1"));
    MalformedResponseException empty =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().get("u1"));

    assertThat(noData.serverMessage()).endsWith("the body has no \"data\"");
    assertThat(empty.serverMessage()).endsWith("the body is empty");
  }

  @Test
  void fieldOfTheWrongTypeNamesThePathButNotTheValue() {
    api.enqueueJson(
        200, "{\"data\": {\"id\": \"user_123\", \"dateOfBirth\": \"born-1990-secret\"}}");

    MalformedResponseException e =
        catchThrowableOfType(MalformedResponseException.class, () -> client.users().get("u1"));

    assertThat(e.serverMessage())
        .endsWith("the field data.dateOfBirth does not match the documented schema");
    assertThat(e.getMessage()).doesNotContain("born-1990-secret");
    assertThat(e.rawBody())
        .as("a success body keeps only its redacted form")
        .contains("\"id\":\"user_123\"")
        .doesNotContain("born-1990-secret");
  }
}
