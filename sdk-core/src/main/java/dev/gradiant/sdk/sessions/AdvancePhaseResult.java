package dev.gradiant.sdk.sessions;

/**
 * The answer of {@code POST /sessions/{id}/advance-phase}.
 *
 * @param ok whether the session moved on
 * @param newPhaseIndex the zero-based index of the phase now running
 */
public record AdvancePhaseResult(boolean ok, int newPhaseIndex) {}
