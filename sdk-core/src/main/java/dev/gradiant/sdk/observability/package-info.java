/**
 * Observing the client's calls from outside, for traces, metrics and audit trails: register a
 * {@link dev.gradiant.sdk.observability.CallObserver} with {@link
 * dev.gradiant.sdk.GradiantClientBuilder#addObserver}. An observer sees what a call is (the spec's
 * operation, the route template, the server), how each attempt went (status, duration, request id,
 * rate-limit budget), why and how long the client waited before a retry, and how the call ended; it
 * never sees a body, a credential, a header value or a query value.
 */
package dev.gradiant.sdk.observability;
