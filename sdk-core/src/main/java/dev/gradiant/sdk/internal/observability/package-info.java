/**
 * The machinery behind {@link dev.gradiant.sdk.observability.CallObserver}: the per-call and
 * per-attempt records handed to observers, the table of the contract's operations, and the guard
 * that keeps a throwing observer from breaking a call. Not part of the public API.
 */
package dev.gradiant.sdk.internal.observability;
