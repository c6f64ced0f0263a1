package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.MockApi;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input fails with a message naming the field, and nothing reaches the server. */
class SessionsInputValidationTest {
  private static final CheckpointParams STATE =
      CheckpointParams.builder().deliverableState(Map.of()).build();

  private final MockApi api = MockApi.start();
  private final GradiantClient client = api.client();
  private final SessionsClient sessions = client.sessions();

  @AfterEach
  void nothingWasSent() {
    assertThat(api.requestCount()).as("requests sent").isZero();
    client.close();
    api.close();
  }

  private List<ThrowingCallable> everyCallWithId(String id) {
    SessionUpdateParams update = SessionUpdateParams.builder().status(SessionStatus.SETUP).build();
    return List.of(
        () -> sessions.get(id),
        () -> sessions.update(id, update),
        () -> sessions.delete(id),
        () -> sessions.advancePhase(id, "abc123"),
        () -> sessions.checkpoint(id, "abc123", STATE),
        () -> sessions.listEvents(id));
  }

  @Test
  void nullIdIsRejectedNamingTheArgument() {
    for (ThrowingCallable call : everyCallWithId(null)) {
      assertThatThrownBy(call)
          .isInstanceOf(NullPointerException.class)
          .hasMessage("sessionId must not be null");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankIdIsRejected(String id) {
    for (ThrowingCallable call : everyCallWithId(id)) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("sessionId must not be blank");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"../admin", "a/b", "..", ".", "a\\b", "/sessions", "sess_1/../../admin"})
  void idThatWouldChangeTheEndpointIsRejected(String id) {
    for (ThrowingCallable call : everyCallWithId(id)) {
      assertThatThrownBy(call)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("sessionId must not")
          .hasMessageContaining("endpoint");
    }
  }

  @Test
  void nullSessionTokenIsRejected() {
    assertThatThrownBy(() -> sessions.advancePhase("sess_123", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sessionToken must not be null");
    assertThatThrownBy(() -> sessions.checkpoint("sess_123", null, STATE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sessionToken must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t", "\n"})
  void blankSessionTokenIsRejected(String token) {
    assertThatThrownBy(() -> sessions.advancePhase("sess_123", token))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessionToken must not be blank");
    assertThatThrownBy(() -> sessions.checkpoint("sess_123", token, STATE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessionToken must not be blank");
  }

  @Test
  void sessionTokenWithAControlCharacterIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> sessions.advancePhase("sess_123", "tok_sec\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sessionToken must not contain control characters");
  }

  @Test
  void nullParamsAreRejected() {
    List<ThrowingCallable> calls =
        List.of(
            () -> sessions.list(null),
            () -> sessions.create(null),
            () -> sessions.update("sess_123", null),
            () -> sessions.advancePhase("sess_123", "abc123", null),
            () -> sessions.checkpoint("sess_123", "abc123", null),
            () -> sessions.listEvents("sess_123", null));
    for (ThrowingCallable call : calls) {
      assertThatThrownBy(call)
          .isInstanceOf(NullPointerException.class)
          .hasMessage("params must not be null");
    }
  }

  @Test
  void createWithoutUserIdIsRejected() {
    assertThatThrownBy(() -> SessionCreateParams.builder().practitionerId("prac_123").build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("userId must not be null");
    assertThatThrownBy(() -> SessionCreateParams.builder().userId("  ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("userId must not be blank");
  }

  @Test
  void blankOptionalIdsAreRejected() {
    assertThatThrownBy(
            () -> SessionCreateParams.builder().userId("user_123").assessmentId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessmentId must not be blank (leave it unset instead)");
    assertThatThrownBy(() -> SessionUpdateParams.builder().practitionerId(" ").build())
        .hasMessage("practitionerId must not be blank (leave it unset instead)");
    assertThatThrownBy(() -> SessionListParams.builder().userId("").build())
        .hasMessage("userId must not be blank (leave it unset instead)");
  }

  @Test
  void updateWithNothingToChangeIsRejected() {
    assertThatThrownBy(() -> SessionUpdateParams.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SessionUpdateParams must set at least one field");
  }

  @Test
  void updateCannotSetAndClearTheDueDate() {
    assertThatThrownBy(
            () ->
                SessionUpdateParams.builder()
                    .dueDate(Instant.parse("2024-04-01T09:00:00Z"))
                    .clearDueDate()
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dueDate and clearDueDate cannot both be set");
  }

  @Test
  void checkpointWithoutStateIsRejected() {
    assertThatThrownBy(() -> CheckpointParams.builder().build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deliverableState must not be null");
  }

  @Test
  void negativeTimeRemainingIsRejected() {
    assertThatThrownBy(() -> AdvancePhaseParams.builder().timeRemainingAtEnd(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeRemainingAtEnd must not be negative, got -1");
    assertThat(AdvancePhaseParams.builder().timeRemainingAtEnd(0).build().timeRemainingAtEnd())
        .contains(0);
  }

  @Test
  void deliverableStateWithANonStringKeyIsRejectedWithItsPath() {
    Map<Object, Object> inner = new HashMap<>();
    inner.put(42, "x");

    assertThatThrownBy(
            () -> CheckpointParams.builder().deliverableState(Map.of("email", inner)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("deliverableState.email must have string keys");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, 1000})
  void limitOutOfRangeIsRejected(int limit) {
    assertThatThrownBy(() -> SessionListParams.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 100, got " + limit);
    assertThatThrownBy(() -> SessionEventListParams.builder().limit(limit).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 100, got " + limit);
  }

  @Test
  void limitBoundsAreAccepted() {
    assertThat(SessionListParams.builder().limit(1).build().limit()).contains(1);
    assertThat(SessionEventListParams.builder().limit(100).build().limit()).contains(100);
  }

  @Test
  void negativeOffsetIsRejected() {
    assertThatThrownBy(() -> SessionListParams.builder().offset(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must not be negative, got -1");
    assertThatThrownBy(() -> SessionEventListParams.builder().offset(-5).build())
        .hasMessage("offset must not be negative, got -5");
  }
}
