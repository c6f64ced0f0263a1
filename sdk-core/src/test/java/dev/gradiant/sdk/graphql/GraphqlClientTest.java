package dev.gradiant.sdk.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.core.GenericType;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.FieldError;
import dev.gradiant.sdk.errors.MalformedResponseException;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.internal.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code client.graphql()} on the wire: the request it POSTs and how it reads every answer. */
class GraphqlClientTest {
  private static final String GRAPHQL_JSON = "application/graphql-response+json";
  private static final String PROFILE = GraphqlDocuments.read("doc004/GetUserProfile.graphql");
  private static final String CREATE_BOOKING =
      GraphqlDocuments.read("sdk/CreateBookingWithCodes.graphql");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void stop() {
    client.close();
    api.close();
  }

  private void answer(int status, String body, String... headers) {
    MockResponse.Builder response =
        new MockResponse.Builder().code(status).addHeader("Content-Type", GRAPHQL_JSON).body(body);
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    api.enqueue(response.build());
  }

  private static GraphqlRequest profile() {
    return GraphqlRequest.builder()
        .query(PROFILE)
        .operationName("GetUserProfile")
        .variable("userId", "user_123")
        .build();
  }

  /** The data of GetUserProfile, read into the caller's own type. */
  public record Profile(User user) {
    /** The selected user fields. */
    public record User(String id, String firstName, String email, Preferences preferences) {}

    /** The selected preferences. */
    public record Preferences(String language, String timezone) {}
  }

  @Test
  void postsQueryOperationNameAndVariablesAsJsonWithTheClientsCredentials() throws Exception {
    answer(200, "{\"data\": {\"user\": {\"id\": \"user_123\"}}}");

    client.graphql().execute(profile());

    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getMethod()).isEqualTo("POST");
    assertThat(sent.getUrl().encodedPath()).isEqualTo("/v1/graphql");
    assertThat(sent.getHeaders().get("Authorization")).isEqualTo("Bearer " + MockApi.TOKEN);
    assertThat(sent.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(sent.getHeaders().get("Accept"))
        .isEqualTo("application/graphql-response+json, application/json;q=0.9");
    assertThat(sent.getHeaders().get("Idempotency-Key")).as("a query carries no key").isNull();
    JsonNode body = Json.mapper().readTree(sent.getBody().utf8());
    assertThat(body.get("query").asText()).isEqualTo(PROFILE);
    assertThat(body.get("operationName").asText()).isEqualTo("GetUserProfile");
    assertThat(body.get("variables"))
        .isEqualTo(Json.mapper().readTree("{\"userId\":\"user_123\"}"));
    assertThat(body.size()).isEqualTo(3);
  }

  @Test
  void aMutationCarriesAnIdempotencyKeyAndVariablesFromAnyObject() throws Exception {
    answer(200, "{\"data\": {\"createBooking\": {\"booking\": null, \"errors\": []}}}");
    record Input(
        String practitionerId,
        Instant scheduledAt,
        int duration,
        String sessionType,
        BigDecimal tip) {}

    client
        .graphql()
        .execute(
            GraphqlRequest.builder()
                .query(CREATE_BOOKING)
                .variables(
                    Map.of(
                        "input",
                        new Input(
                            "prac_123",
                            Instant.parse("2024-01-01T10:00:00Z"),
                            60,
                            "VIDEO_CALL",
                            new BigDecimal("10.50"))))
                .build());

    RecordedRequest sent = api.takeRequest();
    assertThat(sent.getHeaders().get("Idempotency-Key")).isNotBlank();
    assertThat(sent.getBody().utf8())
        .contains(
            "\"variables\":{\"input\":{\"practitionerId\":\"prac_123\","
                + "\"scheduledAt\":\"2024-01-01T10:00:00Z\",\"duration\":60,"
                + "\"sessionType\":\"VIDEO_CALL\",\"tip\":10.50}}");
    assertThat(sent.getBody().utf8()).doesNotContain("operationName");
  }

  @Test
  void readsDataAsATreeWithExactDecimalsAndTheResponseMetadata() {
    answer(
        200,
        """
        {"data": {"practitioner": {"id": "prac_123", "rating": 4.8,
                  "pricing": {"basePrice": 75.10, "currency": "USD"}}},
         "extensions": {"requestId": "req_body"}}""",
        "X-RateLimit-Limit",
        "100",
        "X-RateLimit-Remaining",
        "99",
        "X-RateLimit-Reset",
        "1700000000");

    GraphqlResult<Map<String, Object>> result =
        client
            .graphql()
            .execute(
                GraphqlRequest.builder()
                    .query(GraphqlDocuments.read("sdk/GetUserAndPractitioner.graphql"))
                    .operationName("GetPractitioner")
                    .variable("practitionerId", "prac_123")
                    .build());

    @SuppressWarnings("unchecked")
    Map<String, Object> practitioner =
        (Map<String, Object>) result.dataOrThrow().get("practitioner");
    assertThat(practitioner.get("rating")).isEqualTo(new BigDecimal("4.8"));
    assertThat(practitioner.get("pricing"))
        .isEqualTo(Map.of("basePrice", new BigDecimal("75.10"), "currency", "USD"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.requestId()).contains("req_body");
    assertThat(result.rateLimit().orElseThrow().remaining()).isEqualTo(99);
    assertThat(result.extensions()).containsEntry("requestId", "req_body");
  }

  @Test
  void readsDataIntoTheCallersClassAndGenericType() {
    String body =
        """
        {"data": {"user": {"id": "user_123", "firstName": "John", "email": "user@example.com",
                  "preferences": {"language": "en", "timezone": "America/New_York"}}}}""";
    answer(200, body, "X-Request-ID", "req_header");
    answer(200, body);

    GraphqlResult<Profile> typed = client.graphql().execute(profile(), Profile.class);
    GraphqlResult<Map<String, Profile.User>> generic =
        client.graphql().execute(profile(), new GenericType<Map<String, Profile.User>>() {});

    assertThat(typed.dataOrThrow().user().preferences().timezone()).isEqualTo("America/New_York");
    assertThat(typed.requestId()).contains("req_header");
    assertThat(generic.dataOrThrow().get("user").email()).isEqualTo("user@example.com");
  }

  @Test
  void partialDataWithErrorsIsReturnedAndDataOrThrowCarriesBoth() {
    answer(
        200,
        """
        {"data": {"user": {"id": "user_123", "firstName": "John", "email": "user@example.com",
                  "healthProfile": null, "preferences": {"language": "en", "timezone": "UTC"}}},
         "errors": [{"message": "Not allowed to read this user's health profile",
                     "locations": [{"line": 7, "column": 5}],
                     "path": ["user", "healthProfile"],
                     "extensions": {"code": "INSUFFICIENT_PERMISSIONS", "scope": "read:health"}}],
         "extensions": {"requestId": "req_partial"}}""");

    GraphqlResult<Profile> result = client.graphql().execute(profile(), Profile.class);

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.data()).get().extracting(p -> p.user().firstName()).isEqualTo("John");
    GraphqlError error = result.errors().get(0);
    assertThat(error.code()).contains("INSUFFICIENT_PERMISSIONS");
    assertThat(error.path()).containsExactly("user", "healthProfile");
    assertThat(error.locations()).containsExactly(new GraphqlError.Location(7, 5));
    assertThat(error.extensions()).containsEntry("scope", "read:health");
    GraphqlException thrown = catchThrowableOfType(GraphqlException.class, result::dataOrThrow);
    assertThat(thrown.errors()).containsExactly(error);
    assertThat(thrown.data(Profile.class)).get().isEqualTo(result.data().get());
    assertThat(thrown.executed()).isTrue();
    assertThat(thrown.requestId()).contains("req_partial");
    assertThat(thrown)
        .hasMessage(
            "GraphQL errors (HTTP 200, 1 error, partial data): INSUFFICIENT_PERMISSIONS at"
                + " user.healthProfile (request id: req_partial)");
  }

  @Test
  void aValidationErrorIsAGraphqlExceptionWithoutData() {
    answer(
        400,
        """
        {"errors": [{"message": "Validation error (FieldUndefined@[user/colour]) : Field 'colour'\
         in type 'User' is undefined", "locations": [{"line": 5, "column": 5}],
                     "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"}}],
         "extensions": {"requestId": "req_invalid"}}""");

    GraphqlException thrown =
        catchThrowableOfType(
            GraphqlException.class,
            () ->
                client
                    .graphql()
                    .execute(
                        GraphqlRequest.builder()
                            .query(GraphqlDocuments.read("invalid/UnknownField.graphql"))
                            .variable("userId", "user_123")
                            .build()));

    assertThat(thrown.executed()).isFalse();
    assertThat(thrown.statusCode()).isEqualTo(400);
    assertThat(thrown.data()).isEmpty();
    assertThat(thrown.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).contains("GRAPHQL_VALIDATION_FAILED");
              assertThat(e.locations()).containsExactly(new GraphqlError.Location(5, 5));
              assertThat(e.path()).isEmpty();
            });
    assertThat(thrown.getMessage())
        .isEqualTo(
            "GraphQL request refused (HTTP 400, 1 error): GRAPHQL_VALIDATION_FAILED at 5:5"
                + " (request id: req_invalid)");
  }

  @Test
  void platformErrorsInTheGradiantEnvelopeAreTheRestExceptions() {
    api.enqueueJson(
        401,
        "{\"error\": {\"code\": \"INVALID_TOKEN\", \"message\": \"Token expired\"}}",
        "X-Request-ID",
        "req_401");
    api.enqueueJson(
        429,
        "{\"error\": {\"code\": \"RATE_LIMIT_EXCEEDED\", \"message\": \"Slow down\"}}",
        "Retry-After",
        "30");
    api.enqueueJson(400, "{\"error\": {\"code\": \"VALIDATION_ERROR\", \"message\": \"Bad\"}}");

    AuthenticationException unauthorized =
        catchThrowableOfType(
            AuthenticationException.class, () -> client.graphql().execute(profile()));
    RateLimitException limited =
        catchThrowableOfType(RateLimitException.class, () -> client.graphql().execute(profile()));
    dev.gradiant.sdk.errors.BadRequestException gateway =
        catchThrowableOfType(
            dev.gradiant.sdk.errors.BadRequestException.class,
            () -> client.graphql().execute(profile()));

    assertThat(unauthorized.errorCode()).contains("INVALID_TOKEN");
    assertThat(unauthorized.requestId()).contains("req_401");
    assertThat(limited.retryAfter()).isPresent();
    assertThat(gateway.errorCode()).contains("VALIDATION_ERROR");
  }

  @Test
  void mutationPayloadErrorsAreFieldErrors() {
    answer(
        200,
        """
        {"data": {"createBooking": {"booking": null, "errors": [
           {"field": "scheduledAt", "message": "Booking time slot unavailable",
            "code": "BOOKING_CONFLICT"},
           {"field": null, "message": "Practitioner is on leave"}]}}}""");

    GraphqlResult<Map<String, Object>> result =
        client
            .graphql()
            .execute(
                GraphqlRequest.builder()
                    .query(CREATE_BOOKING)
                    .variable("input", Map.of("practitionerId", "prac_123"))
                    .build());

    assertThat(result.errors()).isEmpty();
    assertThat(result.fieldErrors("createBooking"))
        .containsExactly(
            FieldError.builder()
                .field("scheduledAt")
                .message("Booking time slot unavailable")
                .code("BOOKING_CONFLICT")
                .build(),
            FieldError.builder().message("Practitioner is on leave").build());
    assertThat(result.fieldErrors("createBooking.booking")).isEmpty();
    assertThat(result.fieldErrors("user")).isEmpty();
  }

  @Test
  void aSuccessThatIsNotAGraphqlResponseIsMalformedWithoutItsValues() {
    answer(200, "{\"data\": [\"user@example.com\"]}");
    answer(200, "<html>user@example.com</html>");
    answer(200, "{\"data\": {\"user\": {\"id\": \"user_123\", \"preferences\": 7}}}");

    MalformedResponseException array =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.graphql().execute(profile()));
    MalformedResponseException html =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.graphql().execute(profile()));
    MalformedResponseException mismatch =
        catchThrowableOfType(
            MalformedResponseException.class,
            () -> client.graphql().execute(profile(), Profile.class));

    assertThat(array.getMessage()).contains("\"data\" is not an object");
    assertThat(html.getMessage()).contains("not a JSON object");
    assertThat(mismatch.getMessage()).contains("data.user.preferences does not fit Profile");
    assertThat(List.of(array.rawBody(), html.rawBody(), mismatch.rawBody()))
        .noneMatch(raw -> raw.contains("user@example.com"));
  }

  @Test
  void nullDataWithoutErrorsIsReadAndDataOrThrowSaysSo() {
    // the contract's GraphqlResponse allows it (anyOf data / errors); Prism generates it
    answer(200, "{\"data\": null, \"extensions\": {\"requestId\": \"req_null\"}}");
    answer(200, "{\"extensions\": {\"requestId\": \"req_empty\"}}");

    GraphqlResult<Map<String, Object>> result = client.graphql().execute(profile());
    MalformedResponseException empty =
        catchThrowableOfType(
            MalformedResponseException.class, () -> client.graphql().execute(profile()));

    assertThat(result.data()).isEmpty();
    assertThat(result.errors()).isEmpty();
    GraphqlException thrown = catchThrowableOfType(GraphqlException.class, result::dataOrThrow);
    assertThat(thrown.errors())
        .extracting(GraphqlError::message)
        .containsExactly("The response has no data");
    assertThat(thrown.requestId()).contains("req_null");
    assertThat(empty.getMessage()).contains("neither \"data\" nor \"errors\"");
  }

  @Test
  void aSubscriptionIsRefusedBeforeAnythingIsSent() {
    GraphqlRequest subscription =
        GraphqlRequest.builder()
            .query(GraphqlDocuments.read("doc004/BookingUpdates.graphql"))
            .variable("userId", "user_123")
            .build();

    IllegalArgumentException refused =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> client.graphql().execute(subscription));
    IllegalArgumentException refusedAsync =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> client.async().graphql().execute(subscription));

    assertThat(subscription.isSubscription()).isTrue();
    assertThat(refused).hasMessageContaining("subscription is not sent over HTTP");
    assertThat(refusedAsync).hasMessageContaining("subscription is not sent over HTTP");
    assertThat(api.requestCount()).isZero();
  }

  @Test
  void theAsyncClientReadsTheSameResult() throws Exception {
    answer(
        200, "{\"data\": {\"user\": {\"id\": \"user_123\"}}, \"errors\": [{\"message\": \"x\"}]}");

    GraphqlResult<Map<String, Object>> result =
        client.async().graphql().execute(profile()).get(30, java.util.concurrent.TimeUnit.SECONDS);

    assertThat(result.data()).get().isEqualTo(Map.of("user", Map.of("id", "user_123")));
    assertThat(result.errors()).extracting(GraphqlError::message).containsExactly("x");
  }
}
