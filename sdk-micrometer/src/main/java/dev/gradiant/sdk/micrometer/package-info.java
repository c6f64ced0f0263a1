/**
 * Measures the Gradiant client's calls with Micrometer: {@link
 * dev.gradiant.sdk.micrometer.GradiantMetrics#create} makes a {@link
 * dev.gradiant.sdk.observability.CallObserver} to register with {@link
 * dev.gradiant.sdk.GradiantClientBuilder#addObserver}.
 */
package dev.gradiant.sdk.micrometer;
