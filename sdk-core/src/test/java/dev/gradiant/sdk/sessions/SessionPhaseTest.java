package dev.gradiant.sdk.sessions;

import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.core.Credentials;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.AuthenticationException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code advance-phase} and {@code checkpoint}: authenticated with the participant's session token
 * instead of the client's credentials, and sending the deliverable state exactly.
 */
class SessionPhaseTest {
  private static final String SESSION_TOKEN = "abc123";
  private static final String ADVANCED =
      envelope("{\"ok\": true, \"newPhaseIndex\": 1}")
          .replace("2024-03-21T10:30:00Z", "2025-01-15T10:45:00Z");
  private static final String SAVED = envelope("{\"ok\": true}");

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void advancePhaseSendsTheSpecBodyWithTheSessionToken() {
    api.enqueueJson(200, ADVANCED);

    AdvancePhaseResult result =
        client
            .sessions()
            .advancePhase(
                "sess_123",
                SESSION_TOKEN,
                AdvancePhaseParams.builder()
                    .deliverableState(
                        Map.of("email", Map.of("subject", "Q3 roadmap", "body", "Draft attached.")))
                    .timeRemainingAtEnd(120)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/sessions/sess_123/advance-phase");
    assertAuthenticatedWithSessionTokenOnly(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        """
        {"deliverableState": {"email": {"subject": "Q3 roadmap", "body": "Draft attached."}},
         "timeRemainingAtEnd": 120}""");
    assertThat(result).isEqualTo(AdvancePhaseResult.builder().ok(true).newPhaseIndex(1).build());
  }

  @Test
  void advancePhaseWithoutParamsSendsAnEmptyObject() {
    api.enqueueJson(200, ADVANCED);

    AdvancePhaseResult result = client.sessions().advancePhase("sess_123", SESSION_TOKEN);

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/sessions/sess_123/advance-phase");
    assertAuthenticatedWithSessionTokenOnly(request);
    Wire.assertJsonBody(request, "{}");
    assertThat(result.ok()).isTrue();
    assertThat(result.newPhaseIndex()).isEqualTo(1);
  }

  @Test
  void checkpointSendsTheSpecBodyWithTheSessionToken() {
    api.enqueueJson(200, SAVED);

    CheckpointResult result =
        client
            .sessions()
            .checkpoint(
                "sess_123",
                SESSION_TOKEN,
                CheckpointParams.builder()
                    .deliverableState(
                        Map.of("workflow", Map.of("prompt", "Summarise the inbox by priority")))
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/sessions/sess_123/checkpoint");
    assertAuthenticatedWithSessionTokenOnly(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        "{\"deliverableState\": {\"workflow\": {\"prompt\": \"Summarise the inbox by priority\"}}}");
    assertThat(result).isEqualTo(CheckpointResult.builder().ok(true).build());
  }

  @Test
  void deliverableStateKeepsNullsListsAndNestingExactly() {
    api.enqueueJson(200, SAVED);
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("title", null);
    document.put("sections", Arrays.asList("intro", null, Map.of("n", 3)));
    document.put("draft", true);

    client
        .sessions()
        .checkpoint(
            "sess_123",
            SESSION_TOKEN,
            CheckpointParams.builder().deliverableState(Map.of("document", document)).build());

    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"deliverableState": {"document": {"title": null,
          "sections": ["intro", null, {"n": 3}], "draft": true}}}""");
  }

  @Test
  void theSessionTokenAlsoReplacesAnApiKey() {
    try (GradiantClient keyClient = api.builder().apiKey("avk_client_key").build()) {
      api.enqueueJson(200, SAVED);

      keyClient
          .sessions()
          .checkpoint(
              "sess_123",
              SESSION_TOKEN,
              CheckpointParams.builder().deliverableState(Map.of()).build());

      RecordedRequest request = api.takeRequest();
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SESSION_TOKEN);
      assertThat(request.getHeaders().get("X-API-Key")).isNull();
    }
  }

  @Test
  void theSessionTokenWinsOverCredentialsSetWithOptions() {
    api.enqueueJson(200, ADVANCED);

    client
        .sessions()
        .withOptions(
            RequestOptions.builder().credentials(Credentials.bearerToken("other_token")).build())
        .advancePhase("sess_123", SESSION_TOKEN);

    assertThat(api.takeRequest().getHeaders().get("Authorization"))
        .isEqualTo("Bearer " + SESSION_TOKEN);
  }

  @Test
  void otherCallsKeepTheClientsCredentials() {
    api.enqueueJson(200, ADVANCED).enqueueJson(200, envelope(SessionPayloads.SCORED));

    client.sessions().advancePhase("sess_123", SESSION_TOKEN);
    client.sessions().get("sess_123");

    assertAuthenticatedWithSessionTokenOnly(api.takeRequest());
    Wire.assertStandardHeaders(api.takeRequest());
  }

  @Test
  void anIdempotencyKeyFromOptionsIsKept() {
    api.enqueueJson(200, SAVED);

    client
        .sessions()
        .withOptions(RequestOptions.builder().idempotencyKey("checkpoint-42").build())
        .checkpoint(
            "sess_123",
            SESSION_TOKEN,
            CheckpointParams.builder().deliverableState(Map.of()).build());

    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("checkpoint-42");
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SESSION_TOKEN);
  }

  @Test
  void anExpiredSessionTokenIsAnAuthenticationErrorThatDoesNotRevealIt() {
    api.enqueueJson(
        401,
        """
        {"error": {"code": "INVALID_TOKEN", "message": "Authentication token invalid or expired"},
         "meta": {"requestId": "req_401", "timestamp": "2024-03-21T10:30:00Z"}}""");

    assertThatThrownBy(() -> client.sessions().advancePhase("sess_123", "sess_tok_secret_9"))
        .isInstanceOfSatisfying(
            AuthenticationException.class,
            e -> {
              assertThat(e.errorCode()).contains("INVALID_TOKEN");
              assertThat(e.requestId()).contains("req_401");
              assertThat(e.getMessage()).doesNotContain("sess_tok_secret_9");
              assertThat(e.toString()).doesNotContain("sess_tok_secret_9");
            });
  }

  @Test
  void rawResponsesCarryTheMetadata() {
    api.enqueueJson(200, ADVANCED, "X-Request-ID", "req_adv").enqueueJson(200, SAVED);

    ApiResponse<AdvancePhaseResult> advanced =
        client.sessions().withRawResponse().advancePhase("sess_123", SESSION_TOKEN);
    ApiResponse<CheckpointResult> saved =
        client
            .sessions()
            .withRawResponse()
            .checkpoint(
                "sess_123",
                SESSION_TOKEN,
                CheckpointParams.builder().deliverableState(Map.of("k", List.of())).build());

    assertThat(advanced.requestId()).contains("req_adv");
    assertThat(advanced.data().newPhaseIndex()).isEqualTo(1);
    assertThat(saved.requestId()).contains("req_123");
    assertThat(saved.data().ok()).isTrue();
  }

  private static void assertAuthenticatedWithSessionTokenOnly(RecordedRequest request) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + SESSION_TOKEN);
    assertThat(request.getHeaders().values("Authorization")).hasSize(1);
    assertThat(request.getHeaders().toString()).doesNotContain(MockApi.TOKEN);
    assertThat(request.getHeaders().get("X-API-Key")).isNull();
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("User-Agent")).startsWith("gradiant-java/");
  }
}
