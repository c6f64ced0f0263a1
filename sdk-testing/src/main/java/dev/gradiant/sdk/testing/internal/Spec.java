package dev.gradiant.sdk.testing.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The enumerations of {@code openapi/gradiant-v1.yaml}. */
public final class Spec {
  private Spec() {}

  /** {@code SessionType}. */
  public static final Set<String> SESSION_TYPES =
      Set.of("video_call", "phone_call", "in_person", "chat");

  /** {@code SessionStatus}. */
  public static final Set<String> SESSION_STATUSES =
      Set.of(
          "invited",
          "setup",
          "in_progress",
          "submitted",
          "scoring",
          "scored",
          "reviewed",
          "completed",
          "cancelled");

  /** {@code BookingStatus}. */
  public static final Set<String> BOOKING_STATUSES =
      Set.of("pending", "confirmed", "in_progress", "completed", "cancelled", "no_show");

  /** {@code AnalyticsInterval}. */
  public static final Set<String> INTERVALS = Set.of("day", "week", "month");

  /** {@code WebhookEventType}. */
  public static final Set<String> WEBHOOK_EVENT_TYPES =
      Set.of(
          "session.completed",
          "booking.created",
          "booking.confirmed",
          "booking.cancelled",
          "booking.completed",
          "booking.no_show",
          "payment.completed",
          "payment.failed",
          "payment.refunded",
          "user.created",
          "user.verified",
          "user.updated");

  /** {@code SessionEventType}. */
  public static final Set<String> SESSION_EVENT_TYPES =
      Set.of(
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

  /** {@return the values in alphabetical order, for messages} */
  static List<String> sorted(Collection<String> values) {
    return values.stream().sorted().toList();
  }

  // --- healthRecords + apiKeys (issue 16) ---

  /** {@code HealthRecordType}. */
  public static final Set<String> HEALTH_RECORD_TYPES =
      Set.of("conditions", "allergies", "medications", "goals", "emergencyContact");

  /** {@code ApiKeyScope}: the scopes of the {@code oauth2} scheme. */
  public static final Set<String> API_KEY_SCOPES =
      Set.of(
          "read:profile",
          "write:profile",
          "read:bookings",
          "write:bookings",
          "read:practitioners",
          "write:practitioners",
          "read:messages",
          "write:messages",
          "read:health_records",
          "write:health_records",
          "admin:users",
          "admin:platform");
}
