/**
 * The SDK's exceptions: one unchecked tree rooted in {@link
 * dev.gradiant.sdk.errors.GradiantException}.
 */
package dev.gradiant.sdk.errors;
