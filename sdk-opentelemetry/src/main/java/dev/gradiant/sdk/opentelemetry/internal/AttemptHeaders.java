package dev.gradiant.sdk.opentelemetry.internal;

import dev.gradiant.sdk.observability.AttemptStart;
import io.opentelemetry.context.propagation.TextMapSetter;

/**
 * Writes a propagator's headers ({@code traceparent}, {@code tracestate}, ...) on an attempt. A
 * header the SDK refuses (one the request already carries, e.g. the caller's own {@code
 * traceparent}) is skipped, and the others are still written.
 */
enum AttemptHeaders implements TextMapSetter<AttemptStart> {
  INSTANCE;

  @Override
  public void set(AttemptStart attempt, String name, String value) {
    if (attempt == null) {
      return;
    }
    try {
      attempt.setHeader(name, value);
    } catch (IllegalArgumentException refused) {
      // The request already carries it, or it cannot be sent: the request goes as it is.
    }
  }
}
