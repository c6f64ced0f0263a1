package dev.gradiant.sdk.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.AdvancePhaseResult;
import dev.gradiant.sdk.sessions.CheckpointResult;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionEvent;
import dev.gradiant.sdk.sessions.SessionEventType;
import dev.gradiant.sdk.sessions.SessionStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every sessions method sends what the spec allows and reads the spec's own examples; the
 * participant-workspace calls ({@code advance-phase}, {@code checkpoint}) authenticate with the
 * session token and nothing else.
 */
class SessionsContractTest {
  private final ContractServer server = ContractServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  static Stream<SdkCall> calls() {
    return Stream.concat(SdkCalls.sessions().stream(), SdkCalls.sessionsWithRawResponse().stream())
        .flatMap(SdkCall::onEachFace);
  }

  /** The calls the spec authenticates with {@code sessionToken} only. */
  static Stream<SdkCall> sessionTokenCalls() {
    return calls()
        .filter(
            call ->
                call.operationId().equals("advanceSessionPhase")
                    || call.operationId().equals("checkpointSession"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void sendsARequestTheSpecAllowsAndReadsTheDocumentedExample(SdkCall call) {
    ContractAssertions.assertConforms(server, call);
  }

  @Test
  void theSpecAuthenticatesTheWorkspaceCallsWithTheSessionTokenAlone() {
    assertThat(OpenApiSpec.gradiantV1().operations())
        .filteredOn(
            op ->
                op.operationId().equals("advanceSessionPhase")
                    || op.operationId().equals("checkpointSession"))
        .hasSize(2)
        .allSatisfy(op -> assertThat(op.security()).containsExactly(List.of("sessionToken")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionTokenCalls")
  void sendsTheSessionTokenInsteadOfTheClientsToken(SdkCall call) {
    call.invoke().apply(server.client());

    Exchange exchange = server.onlyExchange();
    assertThat(exchange.violations()).isEmpty();
    assertThat(exchange.request().headers().values("Authorization"))
        .containsExactly("Bearer " + SdkCalls.SESSION_TOKEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sessionTokenCalls")
  void sendsTheSessionTokenInsteadOfTheClientsApiKey(SdkCall call) {
    try (GradiantClient apiKeyClient = server.clientBuilder().apiKey("avk_live_8f2c").build()) {
      ContractAssertions.assertConforms(server, call, apiKeyClient);
    }

    ContractRequest sent = server.onlyExchange().request();
    assertThat(sent.headers().get("X-API-Key")).isNull();
    assertThat(sent.headers().get("Authorization")).isEqualTo("Bearer " + SdkCalls.SESSION_TOKEN);
  }

  @Test
  void advancingWithoutParamsSendsAnEmptyObject() {
    server.client().sessions().advancePhase(SdkCalls.SESSION_ID, SdkCalls.SESSION_TOKEN);

    assertThat(server.onlyExchange().request().body().utf8()).isEqualTo("{}");
  }

  @Test
  void clearingTheDueDateSendsAnExplicitNull() {
    server.client().sessions().update(SdkCalls.SESSION_ID, SdkCalls.SESSION_CLEAR_DUE_DATE);

    assertThat(server.onlyExchange().violations()).isEmpty();
    assertThat(server.onlyExchange().request().body().utf8()).isEqualTo("{\"dueDate\":null}");
  }

  @Test
  void createdSessionExampleIsReadWithItsToken() {
    Session session = server.client().sessions().create(SdkCalls.THERAPY_SESSION);

    assertThat(session.id()).isEqualTo("sess_123");
    assertThat(session.userId()).contains("user_123");
    assertThat(session.practitionerId()).contains("prac_123");
    assertThat(session.status()).isEqualTo(SessionStatus.INVITED);
    assertThat(session.sessionType()).contains(SessionType.VIDEO_CALL);
    assertThat(session.token()).contains("abc123");
    assertThat(session.dueDate()).isEmpty();
    assertThat(session.createdAt()).contains(Instant.parse("2024-03-21T10:30:00Z"));
    assertThat(session.updatedAt()).contains(Instant.parse("2024-03-21T10:30:00Z"));
  }

  @Test
  void scoredAssessmentSessionExampleIsReadIntoTypedFields() {
    Session session = server.client().sessions().get(SdkCalls.SESSION_ID);

    assertThat(session.assessmentId()).contains("assess_123");
    assertThat(session.status()).isEqualTo(SessionStatus.SCORED);
    assertThat(session.userName()).contains("Jane Smith");
    assertThat(session.userEmail()).contains("jane@example.com");
    assertThat(session.assessmentName()).contains("Senior PM Assessment");
    assertThat(session.setupStartedAt()).contains(Instant.parse("2025-01-15T10:00:00Z"));
    assertThat(session.taskStartedAt()).contains(Instant.parse("2025-01-15T10:15:00Z"));
    assertThat(session.submittedAt()).contains(Instant.parse("2025-01-15T11:00:00Z"));
    assertThat(session.token()).isEmpty();
  }

  @Test
  void completedSessionExampleIsReadIntoTypedFields() {
    Session session =
        server.client().sessions().update(SdkCalls.SESSION_ID, SdkCalls.SESSION_UPDATE);

    assertThat(session.status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(session.completedAt()).contains(Instant.parse("2024-03-21T10:30:00Z"));
  }

  @Test
  void sessionPageExampleIsReadIntoTypedFields() {
    Page<Session> page = server.client().sessions().list(SdkCalls.SESSION_FILTERS);

    assertThat(page.total()).contains(8L);
    assertThat(page.limit()).isEqualTo(20);
    assertThat(page.offset()).isZero();
    Session session = page.items().get(0);
    assertThat(session.status()).isEqualTo(SessionStatus.SUBMITTED);
    assertThat(session.createdAt()).contains(Instant.parse("2025-01-15T09:00:00Z"));
    assertThat(session.dueDate()).isEmpty();
  }

  @Test
  void eventPageExampleIsReadIntoTypedFields() {
    Page<SessionEvent> page = server.client().sessions().listEvents(SdkCalls.SESSION_ID);

    assertThat(page.total()).contains(156L);
    assertThat(page.limit()).isEqualTo(100);
    assertThat(page.hasNextPage()).isTrue();
    SessionEvent event = page.items().get(0);
    assertThat(event.id()).isEqualTo("event_123");
    assertThat(event.sessionId()).isEqualTo("sess_123");
    assertThat(event.timestampMs()).contains(1705312800000L);
    assertThat(event.timestamp()).contains(Instant.parse("2024-01-15T10:00:00Z"));
    assertThat(event.phase()).contains("task");
    assertThat(event.type()).isEqualTo(SessionEventType.USER_MESSAGE);
    assertThat(event.data()).isEqualTo(Map.of("content", "..."));
    assertThat(event.createdAt()).contains(Instant.parse("2025-01-15T10:00:00Z"));
  }

  @Test
  void workspaceResultExamplesAreReadIntoTypedFields() {
    AdvancePhaseResult advanced =
        server
            .client()
            .sessions()
            .advancePhase(SdkCalls.SESSION_ID, SdkCalls.SESSION_TOKEN, SdkCalls.ADVANCE_PHASE);
    CheckpointResult saved =
        server
            .client()
            .sessions()
            .checkpoint(SdkCalls.SESSION_ID, SdkCalls.SESSION_TOKEN, SdkCalls.CHECKPOINT);

    assertThat(advanced).isEqualTo(AdvancePhaseResult.builder().ok(true).newPhaseIndex(1).build());
    assertThat(saved).isEqualTo(CheckpointResult.builder().ok(true).build());
  }

  @Test
  void deleteReadsTheDocumentedNoContentAnswer() {
    ApiResponse<Void> response =
        server.client().sessions().withRawResponse().delete(SdkCalls.SESSION_ID);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.data()).isNull();
    assertThat(response.requestId()).contains("req_123");
  }
}
