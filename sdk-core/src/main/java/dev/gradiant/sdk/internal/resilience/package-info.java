/** Retries, backoff and rate-limit budgets of the transport chain; not a supported API. */
package dev.gradiant.sdk.internal.resilience;
