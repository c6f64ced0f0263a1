package dev.gradiant.sdk.webhooks;

import java.time.Instant;

/**
 * The data of a {@code session.*} event. Fields the payload omits are null.
 *
 * @param sessionId the session's id ({@code sessionId}, {@code session_id} or {@code id})
 * @param completedAt when the session was completed
 */
public record SessionEventData(String sessionId, Instant completedAt) implements EventData {}
