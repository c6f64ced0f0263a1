/**
 * Reads response header values (whole numbers, {@code Retry-After}, rate-limit resets) with the JDK
 * alone, so that every other package may use it; not a supported API.
 */
package dev.gradiant.sdk.internal.headers;
