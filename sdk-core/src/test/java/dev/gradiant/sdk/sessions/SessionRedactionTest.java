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
        Session.builder()
            .id("sess_123")
            .userId("user_123")
            .practitionerId("prac_123")
            .assessmentId("assess_123")
            .status(SessionStatus.SCORED)
            .sessionType(SessionType.VIDEO_CALL)
            .token("tok_live_9f8e7d")
            .userName("Jane Smith")
            .userEmail("jane@example.com")
            .assessmentName("Senior PM Assessment")
            .createdAt(Instant.parse("2025-01-15T09:00:00Z"))
            .build();

    assertThat(session.toString())
        .contains("sess_123", "user_123", "scored", "video_call", "token=****")
        .contains("Senior PM Assessment", "2025-01-15T09:00:00Z")
        .doesNotContain("tok_live_9f8e7d", "Jane", "Smith", "jane@example.com");
  }

  @Test
  void sessionWithoutATokenSaysSo() {
    Session session = Session.builder().id("sess_123").status(SessionStatus.INVITED).build();

    assertThat(session.toString()).contains("token=null", "userName=null");
  }

  @Test
  void eventHidesItsData() {
    SessionEvent event =
        SessionEvent.builder()
            .id("event_123")
            .sessionId("sess_123")
            .timestampMs(1705312800000L)
            .phase("task")
            .type(SessionEventType.USER_MESSAGE)
            .data(Map.of("content", "I feel anxious about my diagnosis"))
            .build();

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
