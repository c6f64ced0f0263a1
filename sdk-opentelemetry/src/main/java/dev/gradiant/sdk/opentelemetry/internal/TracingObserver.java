package dev.gradiant.sdk.opentelemetry.internal;

import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.ATTEMPT_COUNT;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.ERROR_TYPE;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.HTTP_REQUEST_METHOD;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.HTTP_REQUEST_RESEND_COUNT;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.HTTP_RESPONSE_STATUS_CODE;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.OPERATION_ID;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.REQUEST_ID;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.RETRY_ATTEMPT;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.RETRY_DELAY_MS;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.RETRY_EVENT;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.RETRY_REASON;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.SERVER_ADDRESS;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.SERVER_PORT;
import static dev.gradiant.sdk.opentelemetry.internal.SpanAttributes.URL_TEMPLATE;

import dev.gradiant.sdk.observability.AttemptContext;
import dev.gradiant.sdk.observability.AttemptFailure;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.CallStart;
import dev.gradiant.sdk.observability.ObservationKey;
import dev.gradiant.sdk.observability.Operation;
import dev.gradiant.sdk.observability.RetryScheduled;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.Locale;

/**
 * The spans of {@link dev.gradiant.sdk.opentelemetry.GradiantTracing}: the call's span from {@link
 * #onCallStart} to {@link #onCallEnd}, each attempt's span inside it, its context on the attempt's
 * request. The call's context (the caller's, with the call's span) is kept on the {@link
 * CallContext}, each attempt's span on its {@link AttemptContext}; the SDK never runs two callbacks
 * of a call at once, so neither needs more care.
 */
public final class TracingObserver implements CallObserver {
  private static final ObservationKey<Context> CALL =
      ObservationKey.of("gradiant.opentelemetry.call-context");
  private static final ObservationKey<Span> ATTEMPT =
      ObservationKey.of("gradiant.opentelemetry.attempt-span");

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  /**
   * @param tracer makes the spans
   * @param propagator writes an attempt's context into its request headers
   */
  public TracingObserver(Tracer tracer, TextMapPropagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  @Override
  public void onCallStart(CallStart event) {
    CallContext call = event.call();
    Operation operation = call.operation();
    Context parent = Context.current();
    Span span =
        http(tracer.spanBuilder(operation.operationId()), call)
            .setParent(parent)
            .setAttribute(OPERATION_ID, operation.operationId())
            .startSpan();
    call.put(CALL, parent.with(span));
  }

  @Override
  public void onAttemptStart(AttemptStart event) {
    AttemptContext attempt = event.attempt();
    CallContext call = attempt.call();
    Context callContext = call.get(CALL).orElse(null);
    if (callContext == null) {
      return;
    }
    Operation operation = call.operation();
    SpanBuilder builder =
        http(tracer.spanBuilder(operation.method() + " " + operation.routeTemplate()), call)
            .setParent(callContext);
    if (attempt.number() > 1) {
      builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, attempt.number() - 1L);
    }
    Span span = builder.startSpan();
    attempt.put(ATTEMPT, span);
    propagator.inject(callContext.with(span), event, AttemptHeaders.INSTANCE);
  }

  @Override
  public void onAttemptResponse(AttemptResponse event) {
    Span span = event.attempt().get(ATTEMPT).orElse(null);
    if (span == null) {
      return;
    }
    int status = event.statusCode();
    span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status);
    event.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
    if (status >= 400) {
      span.setAttribute(ERROR_TYPE, Integer.toString(status));
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    event.attempt().put(ATTEMPT, null);
  }

  @Override
  public void onAttemptFailure(AttemptFailure event) {
    Span span = event.attempt().get(ATTEMPT).orElse(null);
    if (span == null) {
      return;
    }
    span.setAttribute(ERROR_TYPE, event.errorType().getName());
    span.setStatus(StatusCode.ERROR);
    span.end();
    event.attempt().put(ATTEMPT, null);
  }

  @Override
  public void onRetryScheduled(RetryScheduled event) {
    Span span = callSpan(event.call());
    if (span == null) {
      return;
    }
    AttributesBuilder attributes =
        Attributes.builder()
            .put(RETRY_REASON, event.reason().name().toLowerCase(Locale.ROOT))
            .put(RETRY_DELAY_MS, event.delay().toMillis())
            .put(RETRY_ATTEMPT, event.attemptNumber());
    event.statusCode().ifPresent(status -> attributes.put(HTTP_RESPONSE_STATUS_CODE, status));
    span.addEvent(RETRY_EVENT, attributes.build());
  }

  @Override
  public void onCallEnd(CallEnd event) {
    Span span = callSpan(event.call());
    if (span == null) {
      return;
    }
    span.setAttribute(ATTEMPT_COUNT, event.attempts());
    event.statusCode().ifPresent(status -> span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status));
    event.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
    if (!event.succeeded()) {
      event.errorType().ifPresent(type -> span.setAttribute(ERROR_TYPE, type.getName()));
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
    event.call().put(CALL, null);
  }

  private static Span callSpan(CallContext call) {
    return call.get(CALL).map(Span::fromContext).orElse(null);
  }

  private static SpanBuilder http(SpanBuilder builder, CallContext call) {
    Operation operation = call.operation();
    return builder
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(HTTP_REQUEST_METHOD, operation.method())
        .setAttribute(URL_TEMPLATE, operation.routeTemplate())
        .setAttribute(SERVER_ADDRESS, call.serverAddress())
        .setAttribute(SERVER_PORT, call.serverPort());
  }
}
