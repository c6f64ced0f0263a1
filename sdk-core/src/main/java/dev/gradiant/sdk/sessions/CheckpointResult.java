package dev.gradiant.sdk.sessions;

/**
 * The answer of {@code POST /sessions/{id}/checkpoint}.
 *
 * @param ok whether the state was saved
 */
public record CheckpointResult(boolean ok) {}
