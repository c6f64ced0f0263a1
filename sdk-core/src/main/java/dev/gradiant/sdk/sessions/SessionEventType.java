package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * What a {@link SessionEvent} records: the 33 documented types of the event log. Values added by
 * the server later are kept, not rejected.
 */
public final class SessionEventType extends ExtensibleEnum {

  /** {@code connector_browsed}. */
  public static final SessionEventType CONNECTOR_BROWSED =
      new SessionEventType("connector_browsed");

  /** {@code connector_connected}. */
  public static final SessionEventType CONNECTOR_CONNECTED =
      new SessionEventType("connector_connected");

  /** {@code skill_uploaded}. */
  public static final SessionEventType SKILL_UPLOADED = new SessionEventType("skill_uploaded");

  /** {@code skill_created}. */
  public static final SessionEventType SKILL_CREATED = new SessionEventType("skill_created");

  /**
   * {@code skill_activated}: legacy, found in older logs; newer logs use {@link #SKILL_ENABLED}.
   */
  public static final SessionEventType SKILL_ACTIVATED = new SessionEventType("skill_activated");

  /** {@code skill_enabled}. */
  public static final SessionEventType SKILL_ENABLED = new SessionEventType("skill_enabled");

  /** {@code skill_disabled}. */
  public static final SessionEventType SKILL_DISABLED = new SessionEventType("skill_disabled");

  /** {@code agents_md_edited}. */
  public static final SessionEventType AGENTS_MD_EDITED = new SessionEventType("agents_md_edited");

  /** {@code memory_added}. */
  public static final SessionEventType MEMORY_ADDED = new SessionEventType("memory_added");

  /** {@code user_message}. */
  public static final SessionEventType USER_MESSAGE = new SessionEventType("user_message");

  /** {@code ai_response}. */
  public static final SessionEventType AI_RESPONSE = new SessionEventType("ai_response");

  /** {@code ai_tool_use}. */
  public static final SessionEventType AI_TOOL_USE = new SessionEventType("ai_tool_use");

  /** {@code slash_command}. */
  public static final SessionEventType SLASH_COMMAND = new SessionEventType("slash_command");

  /** {@code manual_edit}. */
  public static final SessionEventType MANUAL_EDIT = new SessionEventType("manual_edit");

  /** {@code slide_added}. */
  public static final SessionEventType SLIDE_ADDED = new SessionEventType("slide_added");

  /** {@code slide_deleted}. */
  public static final SessionEventType SLIDE_DELETED = new SessionEventType("slide_deleted");

  /** {@code slide_reordered}. */
  public static final SessionEventType SLIDE_REORDERED = new SessionEventType("slide_reordered");

  /** {@code section_added}. */
  public static final SessionEventType SECTION_ADDED = new SessionEventType("section_added");

  /** {@code section_deleted}. */
  public static final SessionEventType SECTION_DELETED = new SessionEventType("section_deleted");

  /** {@code section_reordered}. */
  public static final SessionEventType SECTION_REORDERED =
      new SessionEventType("section_reordered");

  /** {@code content_edited}. */
  public static final SessionEventType CONTENT_EDITED = new SessionEventType("content_edited");

  /** {@code deliverable_downloaded}. */
  public static final SessionEventType DELIVERABLE_DOWNLOADED =
      new SessionEventType("deliverable_downloaded");

  /** {@code deliverable_reuploaded}. */
  public static final SessionEventType DELIVERABLE_REUPLOADED =
      new SessionEventType("deliverable_reuploaded");

  /** {@code file_uploaded}. */
  public static final SessionEventType FILE_UPLOADED = new SessionEventType("file_uploaded");

  /** {@code task_submitted}. */
  public static final SessionEventType TASK_SUBMITTED = new SessionEventType("task_submitted");

  /** {@code time_expired}. */
  public static final SessionEventType TIME_EXPIRED = new SessionEventType("time_expired");

  /** {@code security_flag}. */
  public static final SessionEventType SECURITY_FLAG = new SessionEventType("security_flag");

  /** {@code ai_feedback}. */
  public static final SessionEventType AI_FEEDBACK = new SessionEventType("ai_feedback");

  /** {@code phase_advanced}. */
  public static final SessionEventType PHASE_ADVANCED = new SessionEventType("phase_advanced");

  /** {@code inbox_item_opened}. */
  public static final SessionEventType INBOX_ITEM_OPENED =
      new SessionEventType("inbox_item_opened");

  /** {@code inbox_item_closed}. */
  public static final SessionEventType INBOX_ITEM_CLOSED =
      new SessionEventType("inbox_item_closed");

  /** {@code workflow_run}. */
  public static final SessionEventType WORKFLOW_RUN = new SessionEventType("workflow_run");

  /** {@code workflow_prompt_edited}. */
  public static final SessionEventType WORKFLOW_PROMPT_EDITED =
      new SessionEventType("workflow_prompt_edited");

  private static final KnownValues<SessionEventType> KNOWN =
      KnownValues.of(
          SessionEventType::new,
          List.of(
              CONNECTOR_BROWSED,
              CONNECTOR_CONNECTED,
              SKILL_UPLOADED,
              SKILL_CREATED,
              SKILL_ACTIVATED,
              SKILL_ENABLED,
              SKILL_DISABLED,
              AGENTS_MD_EDITED,
              MEMORY_ADDED,
              USER_MESSAGE,
              AI_RESPONSE,
              AI_TOOL_USE,
              SLASH_COMMAND,
              MANUAL_EDIT,
              SLIDE_ADDED,
              SLIDE_DELETED,
              SLIDE_REORDERED,
              SECTION_ADDED,
              SECTION_DELETED,
              SECTION_REORDERED,
              CONTENT_EDITED,
              DELIVERABLE_DOWNLOADED,
              DELIVERABLE_REUPLOADED,
              FILE_UPLOADED,
              TASK_SUBMITTED,
              TIME_EXPIRED,
              SECURITY_FLAG,
              AI_FEEDBACK,
              PHASE_ADVANCED,
              INBOX_ITEM_OPENED,
              INBOX_ITEM_CLOSED,
              WORKFLOW_RUN,
              WORKFLOW_PROMPT_EDITED));

  private SessionEventType(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the event type
   */
  @JsonCreator
  public static SessionEventType of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
