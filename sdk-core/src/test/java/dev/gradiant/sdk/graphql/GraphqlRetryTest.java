package dev.gradiant.sdk.graphql;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.gradiant.sdk.FakeTime;
import dev.gradiant.sdk.FaultServer;
import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.GradiantClientBuilder;
import dev.gradiant.sdk.TestClients;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ConnectionException;
import dev.gradiant.sdk.errors.ServerException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which GraphQL requests are sent again: a query like a GET, a mutation only with its {@code
 * Idempotency-Key}; a mutation without a key is never sent twice once it may have been received.
 */
class GraphqlRetryTest {
  private static final String OK = "{\"data\": {\"user\": {\"id\": \"user_123\"}}}";
  private static final String BOOKED =
      "{\"data\": {\"createBooking\": {\"booking\": {\"id\": \"booking_1\"}, \"errors\": []}}}";

  private static final FaultServer wireMock = new FaultServer();
  private final FakeTime time = new FakeTime(Instant.parse("2026-11-22T10:00:00Z"));

  GraphqlRetryTest() {
    wireMock.resetAll();
  }

  @BeforeAll
  static void startServer() {
    wireMock.start();
  }

  @AfterAll
  static void stopServer() {
    wireMock.stop();
  }

  private GradiantClientBuilder builder() {
    return TestClients.blocking(wireMock.apiBaseUrl(), time).apiToken("tok_live_9f8e7d");
  }

  private static GraphqlRequest query() {
    return GraphqlRequest.builder()
        .query(GraphqlDocuments.read("doc004/GetUserProfile.graphql"))
        .variable("userId", "user_123")
        .build();
  }

  private static GraphqlRequest.Builder mutation() {
    return GraphqlRequest.builder()
        .query(GraphqlDocuments.read("doc004/CreateBooking.graphql"))
        .variable("input", Map.of("practitionerId", "prac_123", "duration", 60));
  }

  private static ResponseDefinitionBuilder graphql(int status, String body) {
    return FaultServer.json(status, body);
  }

  private static List<LoggedRequest> sent() {
    return wireMock.findAll(postRequestedFor(urlEqualTo("/v1/graphql")));
  }

  @Test
  void aQueryIsRetriedLikeAGetWithoutAKey() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/graphql")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        graphql(503, "{}"),
        graphql(200, OK));

    try (GradiantClient client = builder().build()) {
      GraphqlResult<Map<String, Object>> result = client.graphql().execute(query());

      assertThat(result.metadata().attempts()).isEqualTo(3);
    }
    assertThat(sent()).hasSize(3).allMatch(r -> !r.containsHeader("Idempotency-Key"));
  }

  @Test
  void aQueryDoesNotSpendTheCallersKeyAndTheNextMutationSendsIt() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/graphql")), graphql(200, OK), graphql(200, BOOKED));

    try (GradiantClient client = builder().build()) {
      GraphqlClient view =
          client
              .graphql()
              .withOptions(RequestOptions.builder().idempotencyKey("booking-form-42").build());
      view.execute(query());
      view.execute(mutation().build());
    }
    assertThat(sent().get(0).containsHeader("Idempotency-Key")).isFalse();
    assertThat(sent().get(1).getHeader("Idempotency-Key")).isEqualTo("booking-form-42");
  }

  @Test
  void aMutationIsRetriedWithTheSameKeyAfterItsAnswerWasLost() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/graphql")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        graphql(503, "{}"),
        graphql(200, BOOKED));

    try (GradiantClient client = builder().build()) {
      GraphqlResult<Map<String, Object>> result = client.graphql().execute(mutation().build());

      assertThat(result.metadata().attempts()).isEqualTo(3);
    }
    List<LoggedRequest> sent = sent();
    assertThat(sent).hasSize(3);
    assertThat(sent)
        .extracting(r -> r.getHeader("Idempotency-Key"))
        .doesNotContainNull()
        .containsOnly(sent.get(0).getHeader("Idempotency-Key"));
  }

  @Test
  void aMutationWithoutAKeyIsNeverSentAgainAfterItsBytesMayHaveGone() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/graphql")),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        graphql(200, BOOKED));

    try (GradiantClient client = builder().build()) {
      ConnectionException lost =
          catchThrowableOfType(
              ConnectionException.class,
              () -> client.graphql().execute(mutation().withoutIdempotencyKey().build()));

      assertThat(lost.attempts()).isEqualTo(1);
    }
    assertThat(sent()).hasSize(1);
    assertThat(sent().get(0).containsHeader("Idempotency-Key")).isFalse();
    assertThat(time.sleeps()).isEmpty();
  }

  @Test
  void aMutationWithoutAKeyIsNotRetriedAfterAServerError() {
    wireMock.sequence(
        () -> post(urlEqualTo("/v1/graphql")), graphql(503, "{}"), graphql(200, BOOKED));

    try (GradiantClient client = builder().build()) {
      catchThrowableOfType(
          ServerException.class,
          () -> client.graphql().execute(mutation().withoutIdempotencyKey().build()));
    }
    assertThat(sent()).hasSize(1);
  }

  @Test
  void aDocumentTheSdkCannotReadIsSentAsAMutation() {
    wireMock.sequence(() -> post(urlEqualTo("/v1/graphql")), graphql(503, "{}"), graphql(200, OK));

    try (GradiantClient client = builder().build()) {
      catchThrowableOfType(
          ServerException.class,
          () ->
              client
                  .graphql()
                  .execute(
                      GraphqlRequest.builder()
                          .query(GraphqlDocuments.read("sdk/GetUserAndPractitioner.graphql"))
                          .withoutIdempotencyKey()
                          .build()));
    }
    // two operations and no operationName: not a known query, so no retry without a key
    assertThat(sent()).hasSize(1);
  }
}
