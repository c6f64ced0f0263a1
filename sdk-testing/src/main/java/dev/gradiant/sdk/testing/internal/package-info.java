/**
 * The sandbox's server side: routing, validation, state, faults and webhook deliveries. Not a
 * supported API: it may change in any release.
 */
package dev.gradiant.sdk.testing.internal;
