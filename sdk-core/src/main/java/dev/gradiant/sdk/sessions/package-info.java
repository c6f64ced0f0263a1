/** Therapy sessions: lifecycle, phases, checkpoints and the event log. */
package dev.gradiant.sdk.sessions;
