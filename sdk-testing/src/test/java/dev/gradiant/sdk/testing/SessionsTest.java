package dev.gradiant.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.errors.AuthenticationException;
import dev.gradiant.sdk.errors.ConflictException;
import dev.gradiant.sdk.errors.NotFoundException;
import dev.gradiant.sdk.errors.PermissionDeniedException;
import dev.gradiant.sdk.errors.UnprocessableEntityException;
import dev.gradiant.sdk.pagination.Page;
import dev.gradiant.sdk.sessions.AdvancePhaseParams;
import dev.gradiant.sdk.sessions.CheckpointParams;
import dev.gradiant.sdk.sessions.Session;
import dev.gradiant.sdk.sessions.SessionCreateParams;
import dev.gradiant.sdk.sessions.SessionEvent;
import dev.gradiant.sdk.sessions.SessionEventListParams;
import dev.gradiant.sdk.sessions.SessionEventType;
import dev.gradiant.sdk.sessions.SessionListParams;
import dev.gradiant.sdk.sessions.SessionStatus;
import dev.gradiant.sdk.sessions.SessionUpdateParams;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SessionsTest {
  private final GradiantSandbox sandbox = GradiantSandbox.start();
  private final GradiantClient client = TestSupport.client(sandbox);

  @AfterEach
  void close() {
    client.close();
    sandbox.close();
  }

  private Session therapy() {
    return client
        .sessions()
        .create(
            SessionCreateParams.builder()
                .userId("user_client1")
                .practitionerId("prac_102")
                .sessionType(SessionType.VIDEO_CALL)
                .build());
  }

  @Test
  void createAnswersTheTokenOnceAndGetOmitsIt() {
    Session created = therapy();

    assertThat(created.id()).startsWith("sess_");
    assertThat(created.status()).isEqualTo(SessionStatus.INVITED);
    assertThat(created.token().orElseThrow()).startsWith("sst_");
    assertThat(created.dueDate()).isEmpty();
    Session fetched = client.sessions().get(created.id());
    assertThat(fetched.token()).isEmpty();
    assertThat(fetched.userId()).contains("user_client1");
    assertThat(fetched.practitionerId()).contains("prac_102");
    assertThat(fetched.sessionType()).contains(SessionType.VIDEO_CALL);
  }

  @Test
  void createRefersToExistingUsersAndPractitioners() {
    assertThatThrownBy(
            () ->
                client
                    .sessions()
                    .create(
                        SessionCreateParams.builder()
                            .userId("user_nobody")
                            .practitionerId("prac_nobody")
                            .build()))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e ->
                assertThat(e.details().orElseThrow().toString())
                    .contains("userId")
                    .contains("practitionerId"));
  }

  @Test
  void therapySessionRunsItsLifecycleAndRecordsTimes() {
    Session session = therapy();

    Session started =
        client
            .sessions()
            .update(
                session.id(),
                SessionUpdateParams.builder().status(SessionStatus.IN_PROGRESS).build());
    Session completed =
        client
            .sessions()
            .update(
                session.id(),
                SessionUpdateParams.builder().status(SessionStatus.COMPLETED).build());

    assertThat(started.taskStartedAt()).isPresent();
    assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
    assertThat(completed.completedAt()).isPresent();
    assertThatThrownBy(
            () ->
                client
                    .sessions()
                    .update(
                        session.id(),
                        SessionUpdateParams.builder().status(SessionStatus.CANCELLED).build()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.errorCode()).contains("RESOURCE_CONFLICT"));
  }

  @Test
  void aTherapySessionCannotSkipToCompleted() {
    Session session = therapy();

    assertThatThrownBy(
            () ->
                client
                    .sessions()
                    .update(
                        session.id(),
                        SessionUpdateParams.builder().status(SessionStatus.COMPLETED).build()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void assessmentSessionRunsItsOwnLifecycle() {
    Session session =
        client
            .sessions()
            .create(
                SessionCreateParams.builder()
                    .userId("user_client2")
                    .assessmentId("assess_123")
                    .dueDate(Instant.parse("2030-01-01T00:00:00Z"))
                    .build());
    for (SessionStatus status :
        new SessionStatus[] {
          SessionStatus.SETUP,
          SessionStatus.IN_PROGRESS,
          SessionStatus.SUBMITTED,
          SessionStatus.SCORING,
          SessionStatus.SCORED,
          SessionStatus.REVIEWED
        }) {
      client.sessions().update(session.id(), SessionUpdateParams.builder().status(status).build());
    }

    Session reviewed = client.sessions().get(session.id());
    assertThat(reviewed.status()).isEqualTo(SessionStatus.REVIEWED);
    assertThat(reviewed.setupStartedAt()).isPresent();
    assertThat(reviewed.submittedAt()).isPresent();
    assertThat(reviewed.dueDate()).contains(Instant.parse("2030-01-01T00:00:00Z"));
    assertThat(reviewed.assessmentName().orElseThrow()).isNotBlank();
    assertThat(
            client
                .sessions()
                .listEvents(
                    session.id(),
                    SessionEventListParams.builder().type(SessionEventType.TASK_SUBMITTED).build())
                .items())
        .hasSize(1);
  }

  @Test
  void updateChangesOnlyTheFieldsSent() {
    Session session = therapy();

    Session updated =
        client
            .sessions()
            .update(
                session.id(),
                SessionUpdateParams.builder()
                    .sessionType(SessionType.CHAT)
                    .dueDate(Instant.parse("2031-02-03T04:05:06Z"))
                    .practitionerId("prac_103")
                    .build());
    Session cleared =
        client
            .sessions()
            .update(session.id(), SessionUpdateParams.builder().clearDueDate().build());

    assertThat(updated.sessionType()).contains(SessionType.CHAT);
    assertThat(updated.practitionerId()).contains("prac_103");
    assertThat(updated.status()).isEqualTo(SessionStatus.INVITED);
    assertThat(cleared.dueDate()).isEmpty();
    assertThat(cleared.sessionType()).contains(SessionType.CHAT);
  }

  @Test
  void listFiltersByStatusUserAndPractitioner() {
    Session first = therapy();
    therapy();
    client
        .sessions()
        .create(
            SessionCreateParams.builder().userId("user_demo").practitionerId("prac_101").build());
    client
        .sessions()
        .update(first.id(), SessionUpdateParams.builder().status(SessionStatus.CANCELLED).build());

    assertThat(client.sessions().list().total()).contains(3L);
    assertThat(
            client
                .sessions()
                .list(SessionListParams.builder().userId("user_client1").build())
                .total())
        .contains(2L);
    assertThat(
            client
                .sessions()
                .list(SessionListParams.builder().practitionerId("prac_101").build())
                .items())
        .extracting(Session::userId)
        .containsExactly(Optional.of("user_demo"));
    assertThat(
            client
                .sessions()
                .list(SessionListParams.builder().status(SessionStatus.CANCELLED).build())
                .items())
        .extracting(Session::id)
        .containsExactly(first.id());
  }

  @Test
  void deleteRemovesTheSessionItsEventsAndItsToken() {
    Session session = therapy();
    client.sessions().advancePhase(session.id(), session.token().orElseThrow());

    client.sessions().delete(session.id());

    assertThatThrownBy(() -> client.sessions().get(session.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.sessions().listEvents(session.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> client.sessions().delete(session.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> client.sessions().advancePhase(session.id(), session.token().orElseThrow()))
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void phasesAdvanceWithTheSessionTokenAndAreLogged() {
    Session session = therapy();

    assertThat(
            client
                .sessions()
                .advancePhase(
                    session.id(),
                    session.token().orElseThrow(),
                    AdvancePhaseParams.builder()
                        .deliverableState(Map.of("email", Map.of("subject", "Q3 roadmap")))
                        .timeRemainingAtEnd(120)
                        .build())
                .newPhaseIndex())
        .isEqualTo(1);
    assertThat(
            client
                .sessions()
                .advancePhase(session.id(), session.token().orElseThrow())
                .newPhaseIndex())
        .isEqualTo(2);
    assertThatThrownBy(
            () -> client.sessions().advancePhase(session.id(), session.token().orElseThrow()))
        .isInstanceOf(ConflictException.class);
    assertThat(
            client
                .sessions()
                .checkpoint(
                    session.id(),
                    session.token().orElseThrow(),
                    CheckpointParams.builder().deliverableState(Map.of("draft", "v2")).build())
                .ok())
        .isTrue();

    Page<SessionEvent> events = client.sessions().listEvents(session.id());
    assertThat(events.limit()).isEqualTo(100);
    assertThat(events.items())
        .extracting(SessionEvent::type)
        .containsExactly(SessionEventType.PHASE_ADVANCED, SessionEventType.PHASE_ADVANCED);
    assertThat(events.items().get(0).phase()).contains("task");
    assertThat(events.items().get(0).data()).containsEntry("timeRemainingAtEnd", 120);
  }

  @Test
  void sessionTokensOnlyOpenTheirOwnSessionsWorkspace() {
    Session mine = therapy();
    Session other = therapy();

    assertThatThrownBy(() -> client.sessions().advancePhase(other.id(), mine.token().orElseThrow()))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> client.sessions().advancePhase(mine.id(), sandbox.apiToken()))
        .isInstanceOf(AuthenticationException.class);
    try (GradiantClient asParticipant =
        TestSupport.builder(sandbox).apiToken(mine.token().orElseThrow()).build()) {
      assertThatThrownBy(() -> asParticipant.sessions().get(mine.id()))
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void anEndedSessionHasNoPhaseToAdvanceOrSave() {
    Session session = therapy();
    client
        .sessions()
        .update(
            session.id(), SessionUpdateParams.builder().status(SessionStatus.CANCELLED).build());

    assertThatThrownBy(
            () -> client.sessions().advancePhase(session.id(), session.token().orElseThrow()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () ->
                client
                    .sessions()
                    .checkpoint(
                        session.id(),
                        session.token().orElseThrow(),
                        CheckpointParams.builder().deliverableState(Map.of()).build()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void eventLogPagesAndFiltersWhatTestsAdd() {
    Session session = therapy();
    for (int i = 0; i < 5; i++) {
      sandbox.addSessionEvent(session.id(), "user_message", Map.of("content", "message " + i));
    }
    sandbox.addSessionEvent(session.id(), "ai_response", null);

    Page<SessionEvent> messages =
        client
            .sessions()
            .listEvents(
                session.id(),
                SessionEventListParams.builder()
                    .type(SessionEventType.USER_MESSAGE)
                    .limit(2)
                    .build());

    assertThat(messages.total()).contains(5L);
    assertThat(messages.autoPager().stream().map(e -> e.data().get("content")))
        .containsExactly("message 0", "message 1", "message 2", "message 3", "message 4");
    assertThat(client.sessions().listEvents(session.id()).total()).contains(6L);
    assertThatThrownBy(() -> sandbox.addSessionEvent(session.id(), "not_a_type", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> sandbox.addSessionEvent("sess_nobody", "user_message", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
