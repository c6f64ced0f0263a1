/**
 * Futures that complete with the SDK's own exceptions and carry cancellation to the call, and the
 * SDK's own threads, with the JDK alone; not a supported API.
 */
package dev.gradiant.sdk.internal.concurrent;
