package dev.gradiant.sdk.opentelemetry;

import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.opentelemetry.internal.NoTracing;
import dev.gradiant.sdk.opentelemetry.internal.TracingObserver;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Objects;

/**
 * OpenTelemetry tracing for the Gradiant client.
 *
 * <pre>{@code
 * GradiantClient client = GradiantClient.builder()
 *     .addObserver(GradiantTracing.create(openTelemetry))
 *     .build();
 * }</pre>
 *
 * <h2>What it records</h2>
 *
 * <ul>
 *   <li>One span of kind {@code CLIENT} per logical call (an SDK method, one page of a list), named
 *       by the contract's {@code operationId} ({@code getUser}), a child of the context current on
 *       the caller's thread when the call starts, for blocking and {@code client.async()} calls
 *       alike. Attributes: {@code gradiant.operation.id}, {@code http.request.method}, {@code
 *       url.template} ({@code /users/{id}}, under the API root), {@code server.address}, {@code
 *       server.port}; at its end {@code http.response.status_code} and {@code gradiant.request.id}
 *       of the last answer, {@code gradiant.attempt.count}, and for a failed call {@code
 *       error.type} (the exception's class name) and the status {@code ERROR}. Each retry is an
 *       event {@code gradiant.retry} on it, with {@code gradiant.retry.reason} ({@code
 *       rate_limited}, ...), {@code gradiant.retry.delay_ms}, {@code gradiant.retry.attempt} and
 *       the retried answer's {@code http.response.status_code}.
 *   <li>One child span of kind {@code CLIENT} per HTTP attempt, following OpenTelemetry's HTTP
 *       client conventions: named {@code {method} {url.template}} ({@code GET /users/{id}}), with
 *       {@code http.request.method}, {@code url.template}, {@code server.address}, {@code
 *       server.port}, {@code http.response.status_code}, {@code http.request.resend_count} (from
 *       the second attempt), {@code gradiant.request.id}, and {@code error.type} (the status, e.g.
 *       {@code 503}, or the failure's class name) with the status {@code ERROR} for a {@code 4xx},
 *       a {@code 5xx} or no answer.
 *   <li>Each attempt carries the attempt span's context on the wire, written by the {@code
 *       OpenTelemetry} instance's propagators: W3C Trace Context's {@code traceparent} and {@code
 *       tracestate} with the default ones. A header the request already carries is left as it is.
 *   <li>A call whose span is neither recorded nor sampled (the sampler said no, e.g. under an
 *       unsampled caller) has no attempt spans: they could only hang from a span no backend
 *       receives. Its attempts carry the call span's context instead, {@code sampled} flag off, so
 *       the trace id and the caller's decision still travel. On the OpenTelemetry API with no SDK
 *       installed ({@code OpenTelemetry.noop()}) the observer does no more than ask for a span.
 * </ul>
 *
 * <p>No span or event holds a body, a header value, a credential, a filled path or a query value:
 * the SDK hands its observers none. So the convention's {@code url.full} is not recorded: it would
 * hold ids and query values, which can be personal data.
 */
public final class GradiantTracing {
  /** The instrumentation scope of the spans: this module's name. */
  public static final String INSTRUMENTATION_NAME = "dev.gradiant.sdk.opentelemetry";

  private GradiantTracing() {}

  /**
   * An observer that traces every call of the client it is added to, with the tracer and
   * propagators of {@code openTelemetry}. One observer may serve several clients.
   *
   * <p>An {@code openTelemetry} that can neither trace nor propagate, the API's own no-op tracer
   * provider and propagators ({@code OpenTelemetry.noop()}: the API with no SDK installed), gets an
   * observer that does nothing at all, so tracing left unconfigured costs what any installed no-op
   * observer costs. Those two are stateless singletons: such an instance cannot start tracing
   * later.
   *
   * @param openTelemetry the application's OpenTelemetry (e.g. {@code GlobalOpenTelemetry.get()})
   * @return the observer, for {@link dev.gradiant.sdk.GradiantClientBuilder#addObserver}
   */
  public static CallObserver create(OpenTelemetry openTelemetry) {
    Objects.requireNonNull(openTelemetry, "openTelemetry");
    TextMapPropagator propagator = openTelemetry.getPropagators().getTextMapPropagator();
    if (openTelemetry.getTracerProvider() == TracerProvider.noop()
        && propagator == TextMapPropagator.noop()) {
      return NoTracing.INSTANCE;
    }
    TracerBuilder tracer = openTelemetry.tracerBuilder(INSTRUMENTATION_NAME);
    String version = GradiantTracing.class.getPackage().getImplementationVersion();
    if (version != null) {
      tracer.setInstrumentationVersion(version);
    }
    return new TracingObserver(tracer.build(), propagator);
  }
}
