package dev.gradiant.sdk.webhooks;

import java.time.Instant;
import java.util.Objects;

/**
 * The data of a {@code session.*} event. Both fields are required by the contract: a delivery
 * without them is rejected as {@code MALFORMED_PAYLOAD}.
 *
 * <p>Immutable. Like every webhook data type it is a final class with a {@link Builder}, so fields
 * can be added later without breaking callers; nothing it returns is null.
 */
public final class SessionEventData implements EventData {
  private final String sessionId;
  private final Instant completedAt;

  private SessionEventData(Builder builder) {
    this.sessionId = builder.sessionId;
    this.completedAt = builder.completedAt;
  }

  /**
   * Starts a builder, such as for a handler's tests.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this data's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().sessionId(sessionId).completedAt(completedAt);
  }

  /**
   * The session's id ({@code sessionId}, {@code session_id} or {@code id}).
   *
   * @return the id
   */
  public String sessionId() {
    return sessionId;
  }

  /**
   * When the session was completed.
   *
   * @return the completion time
   */
  public Instant completedAt() {
    return completedAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SessionEventData that
        && sessionId.equals(that.sessionId)
        && completedAt.equals(that.completedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sessionId, completedAt);
  }

  @Override
  public String toString() {
    return "SessionEventData[sessionId=" + sessionId + ", completedAt=" + completedAt + "]";
  }

  /** Builds {@link SessionEventData}; each method rejects null. Not thread-safe. */
  public static final class Builder {
    private String sessionId;
    private Instant completedAt;

    private Builder() {}

    /**
     * Sets the session's id; required.
     *
     * @param sessionId the id
     * @return this builder
     * @throws NullPointerException if {@code sessionId} is null
     */
    public Builder sessionId(String sessionId) {
      this.sessionId = Objects.requireNonNull(sessionId, "sessionId must not be null");
      return this;
    }

    /**
     * Sets when the session was completed; required.
     *
     * @param completedAt the completion time
     * @return this builder
     * @throws NullPointerException if {@code completedAt} is null
     */
    public Builder completedAt(Instant completedAt) {
      this.completedAt = Objects.requireNonNull(completedAt, "completedAt must not be null");
      return this;
    }

    /**
     * Builds the data.
     *
     * @return the data
     * @throws IllegalStateException naming the first required field not set
     */
    public SessionEventData build() {
      if (sessionId == null) {
        throw new IllegalStateException("SessionEventData.sessionId is required");
      }
      if (completedAt == null) {
        throw new IllegalStateException("SessionEventData.completedAt is required");
      }
      return new SessionEventData(this);
    }
  }
}
