/**
 * The Gradiant API client: {@link dev.gradiant.sdk.GradiantClient}, its responses and common types.
 */
package dev.gradiant.sdk;
