package dev.gradiant.sdk.sessions;

import dev.gradiant.sdk.internal.validation.JsonObjects;
import java.time.Instant;
import java.util.Map;

/**
 * One entry of a session's event log. Its {@code data} may hold what the participant typed, so it
 * is personal data: {@link #toString()} shows only how many entries it has.
 *
 * @param id the event's id
 * @param sessionId the session it belongs to
 * @param timestampMs when it happened, in epoch milliseconds (see {@link #timestamp()})
 * @param phase the phase it happened in, e.g. {@code task}
 * @param type what happened
 * @param data event-specific content as parsed JSON ({@code String}, {@code Number}, {@code
 *     Boolean}, {@code null}, nested {@code Map} and {@code List}); unmodifiable, empty when absent
 * @param createdAt when the server recorded it
 */
public record SessionEvent(
    String id,
    String sessionId,
    Long timestampMs,
    String phase,
    SessionEventType type,
    Map<String, Object> data,
    Instant createdAt) {

  /**
   * Makes {@code data} an unmodifiable deep copy, empty when absent.
   *
   * @param id the event's id
   * @param sessionId the session it belongs to
   * @param timestampMs when it happened, in epoch milliseconds
   * @param phase the phase it happened in
   * @param type what happened
   * @param data event-specific content
   * @param createdAt when the server recorded it
   */
  public SessionEvent {
    data = data == null ? Map.of() : JsonObjects.copy("data", data);
  }

  /** {@return {@link #timestampMs()} as an {@link Instant}, or {@code null} when absent} */
  public Instant timestamp() {
    return timestampMs == null ? null : Instant.ofEpochMilli(timestampMs);
  }

  @Override
  public String toString() {
    return "SessionEvent[id="
        + id
        + ", sessionId="
        + sessionId
        + ", timestampMs="
        + timestampMs
        + ", phase="
        + phase
        + ", type="
        + type
        + ", data="
        + JsonObjects.describe(data)
        + ", createdAt="
        + createdAt
        + "]";
  }
}
