/**
 * Traces the Gradiant client's calls with OpenTelemetry: {@link
 * dev.gradiant.sdk.opentelemetry.GradiantTracing#create} makes a {@link
 * dev.gradiant.sdk.observability.CallObserver} to register with {@link
 * dev.gradiant.sdk.GradiantClientBuilder#addObserver}.
 */
package dev.gradiant.sdk.opentelemetry;
