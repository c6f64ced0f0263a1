package dev.gradiant.sdk.opentelemetry.internal;

import dev.gradiant.sdk.observability.CallObserver;

/**
 * The observer {@link dev.gradiant.sdk.opentelemetry.GradiantTracing#create} gives an {@code
 * OpenTelemetry} with the API's no-op tracer provider and propagators: it would start only invalid
 * spans and write no header, so it does nothing (every callback is {@link CallObserver}'s empty
 * default).
 */
public enum NoTracing implements CallObserver {
  /** The one instance. */
  INSTANCE
}
