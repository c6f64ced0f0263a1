package dev.gradiant.sdk.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented statuses and event types are known constants; other values are kept. */
class SessionEnumsTest {

  @Test
  void everyDocumentedStatusIsAKnownConstant() {
    List<String> documented =
        List.of(
            "invited",
            "setup",
            "in_progress",
            "submitted",
            "scoring",
            "scored",
            "reviewed",
            "completed",
            "cancelled");

    for (String value : documented) {
      assertThat(SessionStatus.of(value).isKnown()).as(value).isTrue();
      assertThat(SessionStatus.of(value)).isSameAs(SessionStatus.of(value));
    }
    assertThat(SessionStatus.of("in_progress")).isSameAs(SessionStatus.IN_PROGRESS);
  }

  @Test
  void everyDocumentedEventTypeIsAKnownConstant() {
    List<String> documented =
        List.of(
            "connector_browsed",
            "connector_connected",
            "skill_uploaded",
            "skill_created",
            "skill_activated",
            "skill_enabled",
            "skill_disabled",
            "agents_md_edited",
            "memory_added",
            "user_message",
            "ai_response",
            "ai_tool_use",
            "slash_command",
            "manual_edit",
            "slide_added",
            "slide_deleted",
            "slide_reordered",
            "section_added",
            "section_deleted",
            "section_reordered",
            "content_edited",
            "deliverable_downloaded",
            "deliverable_reuploaded",
            "file_uploaded",
            "task_submitted",
            "time_expired",
            "security_flag",
            "ai_feedback",
            "phase_advanced",
            "inbox_item_opened",
            "inbox_item_closed",
            "workflow_run",
            "workflow_prompt_edited");

    assertThat(documented).hasSize(33).doesNotHaveDuplicates();
    for (String value : documented) {
      assertThat(SessionEventType.of(value).isKnown()).as(value).isTrue();
      assertThat(SessionEventType.of(value)).isSameAs(SessionEventType.of(value));
    }
    assertThat(SessionEventType.of("skill_activated")).isSameAs(SessionEventType.SKILL_ACTIVATED);
  }

  @Test
  void unknownValuesAreKeptAndCompareByValue() {
    SessionStatus status = SessionStatus.of("archived");
    SessionEventType type = SessionEventType.of("screen_shared");

    assertThat(status.isKnown()).isFalse();
    assertThat(status.value()).isEqualTo("archived");
    assertThat(status).isEqualTo(SessionStatus.of("archived")).isNotEqualTo(SessionStatus.SCORED);
    assertThat(type.isKnown()).isFalse();
    assertThat(type.toString()).isEqualTo("screen_shared");
  }
}
