package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.FieldError;
import dev.gradiant.sdk.errors.RateLimitException;
import dev.gradiant.sdk.graphql.GraphqlException;
import dev.gradiant.sdk.graphql.GraphqlRequest;
import dev.gradiant.sdk.graphql.GraphqlResult;
import dev.gradiant.sdk.webhookendpoints.WebhookEndpointCreateParams;
import dev.gradiant.sdk.webhookendpoints.WebhookEventType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /v1/graphql} of the sandbox, driven by the SDK's {@code client.graphql()}: the same
 * state, credentials, rate limit, faults and booking rules as REST. Every document sent is a file
 * under {@code graphql/} (validated by {@code GraphqlSchemaTest}).
 */
class GraphqlSandboxTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);
  private final ZonedDateTime wednesday = TestSupport.nextWednesday(10);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  static String document(String name) {
    try {
      return Files.readString(
          Path.of(
              Objects.requireNonNull(GraphqlSandboxTest.class.getResource("/graphql/" + name))
                  .toURI()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A booking node of {@code sdk/UserBookings.graphql}. */
  public record BookingNode(String id, String status, Instant scheduledAt, int duration) {}

  private GraphqlRequest createBooking(String practitionerId, Instant at, int minutes) {
    return GraphqlRequest.builder()
        .query(document("sdk/CreateBookingWithCodes.graphql"))
        .variable(
            "input",
            Map.of(
                "practitionerId",
                practitionerId,
                "scheduledAt",
                at.toString(),
                "duration",
                minutes,
                "sessionType",
                "VIDEO_CALL",
                "notes",
                "First session"))
        .build();
  }

  private Booking restBooking(Instant at, int minutes) {
    return client
        .bookings()
        .create(
            BookingCreateParams.builder()
                .practitionerId("prac_102")
                .scheduledAt(at)
                .duration(minutes)
                .sessionType(SessionType.VIDEO_CALL)
                .build());
  }

  @Test
  void createBookingBooksThroughTheRestRulesAndFiresTheSameWebhook() {
    client
        .webhookEndpoints()
        .create(
            WebhookEndpointCreateParams.builder()
                .url("https://your-app.example/hooks")
                .events(WebhookEventType.BOOKING_CREATED)
                .build());

    GraphqlResult<Map<String, Object>> result =
        client.graphql().execute(createBooking("prac_102", wednesday.toInstant(), 60));

    @SuppressWarnings("unchecked")
    Map<String, Object> booking =
        (Map<String, Object>)
            ((Map<String, Object>) result.dataOrThrow().get("createBooking")).get("booking");
    assertThat(booking)
        .containsEntry("status", "PENDING")
        .containsEntry("duration", 60)
        // a whole amount is a JSON integer, read as Integer in the tree
        .containsEntry("price", Map.of("amount", 120, "currency", "USD"));
    assertThat(result.fieldErrors("createBooking")).isEmpty();
    String id = (String) booking.get("id");
    assertThat(client.bookings().get(id).notes()).contains("First session");
    List<WebhookDelivery> deliveries = sandbox.awaitDeliveries(1, Duration.ofSeconds(10));
    assertThat(deliveries)
        .extracting(WebhookDelivery::eventType)
        .containsExactly("booking.created");
    assertThat(deliveries.get(0).body()).contains(id);
  }

  @Test
  void aConflictIsAPayloadFieldErrorWithTheRestCode() {
    restBooking(wednesday.toInstant(), 60);

    GraphqlResult<Map<String, Object>> overlapping =
        client
            .graphql()
            .execute(createBooking("prac_102", wednesday.plusMinutes(30).toInstant(), 60));
    GraphqlResult<Map<String, Object>> nobody =
        client.graphql().execute(createBooking("prac_nobody", wednesday.toInstant(), 60));
    GraphqlResult<Map<String, Object>> night =
        client.graphql().execute(createBooking("prac_102", wednesday.withHour(3).toInstant(), 60));

    assertThat(overlapping.errors()).isEmpty();
    assertThat(overlapping.fieldErrors("createBooking"))
        .containsExactly(
            FieldError.builder()
                .field("scheduledAt")
                .message("Booking time slot unavailable")
                .code("BOOKING_CONFLICT")
                .build());
    assertThat(nobody.fieldErrors("createBooking"))
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("VALIDATION_ERROR");
    assertThat(night.fieldErrors("createBooking"))
        .extracting(e -> e.code().orElseThrow())
        .containsExactly("PRACTITIONER_UNAVAILABLE");
  }

  @Test
  void aUsersBookingsPageByCursorOverTheRestState() {
    for (int i = 0; i < 5; i++) {
      restBooking(wednesday.plusHours(i).toInstant(), 60);
    }
    GraphqlRequest request =
        GraphqlRequest.builder()
            .query(document("sdk/UserBookings.graphql"))
            .variable("userId", sandbox.demoUserId())
            .variable("first", 2)
            .build();

    List<BookingNode> nodes =
        client.graphql().paginate(request, "user.bookings", BookingNode.class).stream().toList();

    assertThat(nodes)
        .extracting(BookingNode::scheduledAt)
        .containsSubsequence(
            wednesday.toInstant(),
            wednesday.plusHours(1).toInstant(),
            wednesday.plusHours(4).toInstant());
    assertThat(nodes).extracting(BookingNode::status).containsOnly("PENDING");
    long graphqlCalls =
        sandbox.requests().stream().filter(r -> r.path().equals("/graphql")).count();
    assertThat(graphqlCalls).as("one request per page of two").isEqualTo((nodes.size() + 1) / 2);
  }

  @Test
  void practitionerLookupsAndSearch() {
    GraphqlResult<Map<String, Object>> practitioner =
        client
            .graphql()
            .execute(
                GraphqlRequest.builder()
                    .query(document("sdk/GetUserAndPractitioner.graphql"))
                    .operationName("GetPractitioner")
                    .variable("practitionerId", "prac_102")
                    .build());
    GraphqlResult<Map<String, Object>> search =
        client
            .graphql()
            .execute(
                GraphqlRequest.builder()
                    .query(document("doc004/SearchPractitioners.graphql"))
                    .variable("first", 2)
                    .build());
    GraphqlResult<Map<String, Object>> missing =
        client
            .graphql()
            .execute(
                GraphqlRequest.builder()
                    .query(document("sdk/GetUserAndPractitioner.graphql"))
                    .operationName("GetUser")
                    .variable("userId", "user_nobody")
                    .build());

    assertThat(practitioner.dataOrThrow().get("practitioner"))
        .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
        .containsEntry("id", "prac_102");
    assertThat(search.errors()).isEmpty();
    assertThat(search.dataOrThrow().toString()).contains("hasNextPage=true");
    assertThat(missing.data()).get().isEqualTo(java.util.Collections.singletonMap("user", null));
    assertThat(missing.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).contains("RESOURCE_NOT_FOUND");
              assertThat(e.path()).containsExactly("user");
            });
  }

  @Test
  void anInvalidDocumentIsA400WithLocationsAndTheValidationCode() {
    GraphqlException thrown =
        catchThrowableOfType(
            GraphqlException.class,
            () ->
                client
                    .graphql()
                    .execute(
                        GraphqlRequest.builder()
                            .query(document("invalid/UnknownField.graphql"))
                            .variable("userId", sandbox.demoUserId())
                            .build()));

    assertThat(thrown.statusCode()).isEqualTo(400);
    assertThat(thrown.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.code()).contains("GRAPHQL_VALIDATION_FAILED");
              assertThat(e.locations()).isNotEmpty();
            });
    assertThat(thrown.requestId()).isPresent();
  }

  @Test
  void credentialsRateLimitAndFaultsAreTheRestOnes() throws Exception {
    HttpResponse<String> anonymous =
        TestSupport.send(
            sandbox,
            "POST",
            "/graphql",
            "{\"query\": \"{ practitioner(id: \\\"prac_102\\\") { id } }\"}",
            "Authorization",
            "");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    JsonNode envelope = TestSupport.JSON.readTree(anonymous.body());
    assertThat(envelope.at("/error/code").asText()).isNotEmpty();

    try (GradiantClient wrong = TestSupport.builder(sandbox).apiToken("not-the-token").build()) {
      catchThrowableOfType(
          AuthenticationException.class,
          () ->
              wrong
                  .graphql()
                  .execute(
                      GraphqlRequest.builder()
                          .query(document("doc004/GetUserProfile.graphql"))
                          .variable("userId", sandbox.demoUserId())
                          .build()));
    }

    sandbox.failNext(1, 503);
    GraphqlResult<Map<String, Object>> retried =
        client
            .graphql()
            .execute(
                GraphqlRequest.builder()
                    .query(document("doc004/GetUserProfile.graphql"))
                    .variable("userId", sandbox.demoUserId())
                    .build());
    assertThat(retried.metadata().attempts()).isEqualTo(2);
    assertThat(retried.rateLimit()).isPresent();

    sandbox.failNext(1, 429, Duration.ofSeconds(0));
    try (GradiantClient noRetries =
        TestSupport.builder(sandbox).apiToken(sandbox.apiToken()).maxRetries(0).build()) {
      catchThrowableOfType(
          RateLimitException.class,
          () ->
              noRetries
                  .graphql()
                  .execute(
                      GraphqlRequest.builder()
                          .query(document("doc004/GetUserProfile.graphql"))
                          .variable("userId", sandbox.demoUserId())
                          .build()));
    }
  }
}
