package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.bookings.SessionType;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The session token, participant details and deliverable content never appear in toString(). */
class SessionRedactionTest {

  @Test
  void sessionHidesTheTokenAndTheParticipant() {
    Session session =
        new Session(
            "sess_123",
            "user_123",
            "prac_123",
            "assess_123",
            SessionStatus.SCORED,
            SessionType.VIDEO_CALL,
            "tok_live_9f8e7d",
            null,
            null,
            null,
            null,
            null,
            "Jane Smith",
            "jane@example.com",
            "Senior PM Assessment",
            Instant.parse("2025-01-15T09:00:00Z"),
            null);

    assertThat(session.toString())
        .contains("sess_123", "user_123", "scored", "video_call", "token=****")
        .contains("Senior PM Assessment", "2025-01-15T09:00:00Z")
        .doesNotContain("tok_live_9f8e7d", "Jane", "Smith", "jane@example.com");
  }

  @Test
  void sessionWithoutATokenSaysSo() {
    Session session =
        new Session(
            "sess_123",
            null,
            null,
            null,
            SessionStatus.INVITED,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    assertThat(session.toString()).contains("token=null", "userName=null");
  }

  @Test
  void eventHidesItsData() {
    SessionEvent event =
        new SessionEvent(
            "event_123",
            "sess_123",
            1705312800000L,
            "task",
            SessionEventType.USER_MESSAGE,
            Map.of("content", "I feel anxious about my diagnosis"),
            null);

    assertThat(event.toString())
        .contains("event_123", "user_message", "data=1 entries")
        .doesNotContain("anxious", "diagnosis", "content");
  }

  @Test
  void phaseParamsHideTheDeliverableState() {
    Map<String, Object> state = Map.of("email", Map.of("body", "My salary is 120k"));

    String advance =
        AdvancePhaseParams.builder()
            .deliverableState(state)
            .timeRemainingAtEnd(30)
            .build()
            .toString();
    String checkpoint = CheckpointParams.builder().deliverableState(state).build().toString();

    assertThat(advance).contains("1 entries", "timeRemainingAtEnd=30").doesNotContain("salary");
    assertThat(checkpoint).contains("1 entries").doesNotContain("salary", "email");
  }
}
