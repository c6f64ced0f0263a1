package dev.gradiant.sdk.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.gradiant.sdk.core.ExtensibleEnum;
import dev.gradiant.sdk.internal.enums.KnownValues;
import java.util.List;

/**
 * Where a session is in its lifecycle. Assessment sessions go {@code invited → setup → in_progress
 * → submitted → scoring → scored → reviewed}; therapy sessions {@code invited → in_progress →
 * completed}; any session that has not ended may become {@code cancelled}. Values added by the
 * server later are kept, not rejected.
 */
public final class SessionStatus extends ExtensibleEnum {

  /** {@code invited}: created, the participant has not started yet. */
  public static final SessionStatus INVITED = new SessionStatus("invited");

  /** {@code setup}: the participant is preparing (assessments). */
  public static final SessionStatus SETUP = new SessionStatus("setup");

  /** {@code in_progress}: the session is running. */
  public static final SessionStatus IN_PROGRESS = new SessionStatus("in_progress");

  /** {@code submitted}: the participant handed in their work (assessments). */
  public static final SessionStatus SUBMITTED = new SessionStatus("submitted");

  /** {@code scoring}: the work is being scored (assessments). */
  public static final SessionStatus SCORING = new SessionStatus("scoring");

  /** {@code scored}: a score is available (assessments). */
  public static final SessionStatus SCORED = new SessionStatus("scored");

  /** {@code reviewed}: a person reviewed the score (assessments). */
  public static final SessionStatus REVIEWED = new SessionStatus("reviewed");

  /** {@code completed}: the therapy session took place; fires {@code session.completed}. */
  public static final SessionStatus COMPLETED = new SessionStatus("completed");

  /** {@code cancelled}: the session was called off before it ended. */
  public static final SessionStatus CANCELLED = new SessionStatus("cancelled");

  private static final KnownValues<SessionStatus> KNOWN =
      KnownValues.of(
          SessionStatus::new,
          List.of(
              INVITED,
              SETUP,
              IN_PROGRESS,
              SUBMITTED,
              SCORING,
              SCORED,
              REVIEWED,
              COMPLETED,
              CANCELLED));

  private SessionStatus(String value) {
    super(value);
  }

  /**
   * The constant for a wire value, or a new instance holding an unknown one.
   *
   * @param value the wire value
   * @return the status
   */
  @JsonCreator
  public static SessionStatus of(String value) {
    return KNOWN.parse(value);
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(value());
  }
}
