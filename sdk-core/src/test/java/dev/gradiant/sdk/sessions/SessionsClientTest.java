package dev.gradiant.sdk.sessions;

import static dev.gradiant.sdk.AsyncResults.await;
import static dev.gradiant.sdk.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import dev.gradiant.sdk.Payloads;
import dev.gradiant.sdk.Wire;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.core.ApiResponse;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.pagination.AsyncPage;
import dev.gradiant.sdk.pagination.Page;
import java.time.Instant;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /sessions} and {@code /sessions/{id}}, replaying the spec's examples. */
class SessionsClientTest {
  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();

  @AfterEach
  void tearDown() {
    client.close();
    api.close();
  }

  @Test
  void listSendsEveryFilterByItsSpecNameAndParsesThePage() {
    api.enqueueJson(200, Payloads.list(SessionPayloads.SUBMITTED, 8, 20, 0));

    Page<Session> page =
        client
            .sessions()
            .list(
                SessionListParams.builder()
                    .status(SessionStatus.SUBMITTED)
                    .userId("user_123")
                    .practitionerId("prac_123")
                    .limit(20)
                    .offset(0)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(
        request,
        "GET",
        "/v1/sessions?status=submitted&userId=user_123&practitionerId=prac_123&limit=20&offset=0");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(page.total()).contains(8L);
    assertThat(page.limit()).isEqualTo(20);
    assertThat(page.offset()).isZero();
    assertThat(page.hasNextPage()).as("1 of 8 sessions seen").isTrue();
    assertThat(page.metadata().requestId()).contains("req_123");
    Session session = page.items().get(0);
    assertThat(session.id()).isEqualTo("sess_123");
    assertThat(session.assessmentId()).contains("assess_123");
    assertThat(session.userId()).contains("user_123");
    assertThat(session.status()).isSameAs(SessionStatus.SUBMITTED);
    assertThat(session.setupStartedAt()).contains(Instant.parse("2025-01-15T10:00:00Z"));
    assertThat(session.taskStartedAt()).contains(Instant.parse("2025-01-15T10:15:00Z"));
    assertThat(session.submittedAt()).contains(Instant.parse("2025-01-15T11:00:00Z"));
    assertThat(session.dueDate()).isEmpty();
    assertThat(session.createdAt()).contains(Instant.parse("2025-01-15T09:00:00Z"));
    assertThat(session.userName()).contains("Jane Smith");
    assertThat(session.userEmail()).contains("jane@example.com");
    assertThat(session.assessmentName()).contains("Senior PM Assessment");
    assertThat(session.token()).isEmpty();
  }

  @Test
  void listWithoutParamsSendsNoQuery() {
    api.enqueueJson(200, Payloads.list(SessionPayloads.SUBMITTED, 1, 20, 0));

    Page<Session> page = client.sessions().list();

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/sessions");
    Wire.assertStandardHeaders(request);
    assertThat(page.items()).extracting(Session::id).containsExactly("sess_123");
  }

  @Test
  void listAutoPagerKeepsTheFiltersOnEveryPage() {
    String second = SessionPayloads.SUBMITTED.replace("sess_123", "sess_124");
    api.enqueueJson(200, Payloads.list(SessionPayloads.SUBMITTED, 2, 1, 0))
        .enqueueJson(200, Payloads.list(second, 2, 1, 1));

    Page<Session> first =
        client
            .sessions()
            .list(SessionListParams.builder().status(SessionStatus.SUBMITTED).limit(1).build());

    assertThat(first.autoPager().stream().map(Session::id)).containsExactly("sess_123", "sess_124");
    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/sessions?status=submitted&limit=1");
    Wire.assertRequestLine(
        api.takeRequest(), "GET", "/v1/sessions?status=submitted&limit=1&offset=1");
  }

  @Test
  void createPostsTheSpecBodyWithAnIdempotencyKeyAndReturnsTheToken() {
    api.enqueueJson(201, envelope(SessionPayloads.CREATED));

    Session session =
        client
            .sessions()
            .create(
                SessionCreateParams.builder()
                    .userId("user_123")
                    .practitionerId("prac_123")
                    .sessionType(SessionType.VIDEO_CALL)
                    .build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "POST", "/v1/sessions");
    Wire.assertStandardHeaders(request);
    Wire.assertIdempotencyKey(request);
    Wire.assertJsonBody(
        request,
        "{\"userId\": \"user_123\", \"practitionerId\": \"prac_123\", \"sessionType\": \"video_call\"}");
    assertThat(session.id()).isEqualTo("sess_123");
    assertThat(session.userId()).contains("user_123");
    assertThat(session.practitionerId()).contains("prac_123");
    assertThat(session.status()).isSameAs(SessionStatus.INVITED);
    assertThat(session.sessionType()).containsSame(SessionType.VIDEO_CALL);
    assertThat(session.token()).contains("abc123");
    assertThat(session.dueDate()).isEmpty();
    assertThat(session.createdAt()).contains(Instant.parse("2024-03-21T10:30:00Z"));
    assertThat(session.updatedAt()).contains(Instant.parse("2024-03-21T10:30:00Z"));
  }

  @Test
  void createOfAnAssessmentSessionSendsItsIdAndDueDate() {
    api.enqueueJson(201, envelope(SessionPayloads.CREATED));

    client
        .sessions()
        .create(
            SessionCreateParams.builder()
                .userId("user_123")
                .assessmentId("assess_123")
                .dueDate(Instant.parse("2025-01-20T17:00:00Z"))
                .build());

    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"userId": "user_123", "assessmentId": "assess_123",
         "dueDate": "2025-01-20T17:00:00Z"}""");
  }

  @Test
  void getSendsTheIdInThePathAndParsesTheSession() {
    api.enqueueJson(200, envelope(SessionPayloads.SCORED));

    Session session = client.sessions().get("sess_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "GET", "/v1/sessions/sess_123");
    Wire.assertStandardHeaders(request);
    Wire.assertNoBody(request);
    assertThat(session.status()).isSameAs(SessionStatus.SCORED);
    assertThat(session.userName()).contains("Jane Smith");
    assertThat(session.assessmentName()).contains("Senior PM Assessment");
    assertThat(session.createdAt()).as("absent in document 003's example").isEmpty();
  }

  @Test
  void getReadsDocument003sCandidateFieldsAsTheParticipant() {
    api.enqueueJson(200, envelope(SessionPayloads.CANDIDATE_003));

    Session session = client.sessions().get("sess_123");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/sessions/sess_123");
    assertCandidateIsTheParticipant(session);
  }

  @Test
  void listReadsDocument003sCandidateFieldsAsTheParticipantAsync() {
    api.enqueueJson(200, Payloads.list(SessionPayloads.CANDIDATE_003, 8, 20, 0));

    AsyncPage<Session> page = await(client.async().sessions().list());

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/sessions");
    assertThat(page.items())
        .singleElement()
        .satisfies(SessionsClientTest::assertCandidateIsTheParticipant);
  }

  private static void assertCandidateIsTheParticipant(Session session) {
    assertThat(session.userId()).as("candidateId").contains("cand_123");
    assertThat(session.userName()).as("candidateName").contains("Jane Smith");
    assertThat(session.userEmail()).as("candidateEmail").contains("jane@example.com");
    assertThat(session.assessmentId()).contains("assess_123");
    assertThat(session.toString())
        .contains("userId=cand_123")
        .doesNotContain("Jane", "Smith", "jane@example.com", "abc123");
  }

  @Test
  void getPercentEncodesAnIdThatIsNotAPlainSegment() {
    api.enqueueJson(200, envelope(SessionPayloads.SCORED));

    client.sessions().get("sess 1?x=y#z");

    Wire.assertRequestLine(api.takeRequest(), "GET", "/v1/sessions/sess%201%3Fx=y%23z");
  }

  @Test
  void updatePutsOnlyTheChangedFields() {
    api.enqueueJson(200, envelope(SessionPayloads.COMPLETED));

    Session session =
        client
            .sessions()
            .update(
                "sess_123", SessionUpdateParams.builder().status(SessionStatus.COMPLETED).build());

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "PUT", "/v1/sessions/sess_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertJsonBody(request, "{\"status\": \"completed\"}");
    assertThat(session.status()).isSameAs(SessionStatus.COMPLETED);
    assertThat(session.completedAt()).contains(Instant.parse("2024-03-21T10:30:00Z"));
  }

  @Test
  void updateSendsEveryWritableField() {
    api.enqueueJson(200, envelope(SessionPayloads.COMPLETED));

    client
        .sessions()
        .update(
            "sess_123",
            SessionUpdateParams.builder()
                .practitionerId("prac_456")
                .sessionType(SessionType.PHONE_CALL)
                .dueDate(Instant.parse("2024-04-01T09:00:00Z"))
                .status(SessionStatus.IN_PROGRESS)
                .build());

    Wire.assertJsonBody(
        api.takeRequest(),
        """
        {"practitionerId": "prac_456", "sessionType": "phone_call",
         "dueDate": "2024-04-01T09:00:00Z", "status": "in_progress"}""");
  }

  @Test
  void updateCanRemoveTheDueDateWithAnExplicitNull() {
    api.enqueueJson(200, envelope(SessionPayloads.COMPLETED));

    client.sessions().update("sess_123", SessionUpdateParams.builder().clearDueDate().build());

    Wire.assertJsonBody(api.takeRequest(), "{\"dueDate\": null}");
  }

  @Test
  void updateToAForbiddenStatusIsAConflict() {
    api.enqueueJson(
        409,
        """
        {"error": {"code": "RESOURCE_CONFLICT", "message": "Resource already exists or conflicts"},
         "meta": {"requestId": "req_409", "timestamp": "2024-03-21T10:30:00Z"}}""");

    assertThatThrownBy(
            () ->
                client
                    .sessions()
                    .update(
                        "sess_123",
                        SessionUpdateParams.builder().status(SessionStatus.INVITED).build()))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.errorCode()).contains("RESOURCE_CONFLICT");
              assertThat(e.requestId()).contains("req_409");
            });
  }

  @Test
  void deleteSendsNoBodyAndReadsThe204() {
    api.enqueue(new MockResponse.Builder().code(204).addHeader("X-Request-ID", "req_del").build());

    ApiResponse<Void> response = client.sessions().withRawResponse().delete("sess_123");

    RecordedRequest request = api.takeRequest();
    Wire.assertRequestLine(request, "DELETE", "/v1/sessions/sess_123");
    Wire.assertStandardHeaders(request);
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    Wire.assertNoBody(request);
    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.requestId()).contains("req_del");
    assertThat(response.data()).isNull();
  }

  @Test
  void deleteReturnsOnceTheServerAnswers204() {
    api.enqueue(new MockResponse.Builder().code(204).build());

    client.sessions().delete("sess_123");

    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/sessions/sess_123");
    assertThat(api.requestCount()).isEqualTo(1);
  }

  @Test
  void deleteOfAMissingSessionIsNotFound() {
    api.enqueueJson(
        404,
        """
        {"error": {"code": "RESOURCE_NOT_FOUND", "message": "Resource not found"},
         "meta": {"requestId": "req_404", "timestamp": "2024-03-21T10:30:00Z"}}""");

    assertThatThrownBy(() -> client.sessions().delete("sess_gone"))
        .isInstanceOf(NotFoundException.class);
    Wire.assertRequestLine(api.takeRequest(), "DELETE", "/v1/sessions/sess_gone");
  }

  @Test
  void anUnknownStatusIsKeptInsteadOfFailing() {
    api.enqueueJson(
        200, envelope(SessionPayloads.SCORED.replace("\"scored\"", "\"awaiting_review\"")));

    Session session = client.sessions().get("sess_123");

    assertThat(session.status().value()).isEqualTo("awaiting_review");
    assertThat(session.status().isKnown()).isFalse();
    assertThat(session.status()).isEqualTo(SessionStatus.of("awaiting_review"));
  }

  @Test
  void rawResponseCarriesTheMetadata() {
    api.enqueueJson(201, envelope(SessionPayloads.CREATED), "X-Request-ID", "req_create");

    ApiResponse<Session> response =
        client
            .sessions()
            .withRawResponse()
            .create(SessionCreateParams.builder().userId("user_123").build());

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.requestId()).contains("req_create");
    assertThat(response.data().token()).contains("abc123");
  }
}
