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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spans of {@link dev.gradiant.sdk.opentelemetry.GradiantTracing}: the call's span from {@link
 * #onCallStart} to {@link #onCallEnd}, each attempt's span inside it, its context on the attempt's
 * request. What a call's callbacks share (the call's context, the span of the attempt in flight) is
 * one {@link CallTrace} kept on the {@link CallContext}. The SDK never runs two callbacks of a call
 * at once, and an attempt ends before the next one starts, so the attempt's span has one place.
 *
 * <p>What a call costs when nothing is recorded (sampling off) is kept small: the attributes a
 * sampler may decide on are given when a span starts; the answer's status, request id and error,
 * and the retry events, are read only for a span that records.
 */
public final class TracingObserver implements CallObserver {
  private static final ObservationKey<CallTrace> CALL =
      ObservationKey.of("gradiant.opentelemetry.call-trace");

  /** More operations than the API has: the cache of span names stops growing there. */
  private static final int MAX_NAMES = 512;

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  // "GET /users/{id}" per operation, made once instead of on every attempt.
  private final Map<Operation, String> attemptNames = new ConcurrentHashMap<>();

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
    call.put(CALL, new CallTrace(parent.with(span), span));
  }

  @Override
  public void onAttemptStart(AttemptStart event) {
    AttemptContext attempt = event.attempt();
    CallContext call = attempt.call();
    CallTrace trace = call.get(CALL).orElse(null);
    if (trace == null) {
      return;
    }
    SpanBuilder builder =
        http(tracer.spanBuilder(attemptName(call.operation())), call).setParent(trace.context);
    if (attempt.number() > 1) {
      builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, attempt.number() - 1L);
    }
    Span span = builder.startSpan();
    trace.attempt = span;
    propagator.inject(trace.context.with(span), event, AttemptHeaders.INSTANCE);
  }

  @Override
  public void onAttemptResponse(AttemptResponse event) {
    Span span = endingAttempt(event.attempt());
    if (span == null) {
      return;
    }
    if (span.isRecording()) {
      int status = event.statusCode();
      span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status);
      event.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
      if (status >= 400) {
        span.setAttribute(ERROR_TYPE, Integer.toString(status));
        span.setStatus(StatusCode.ERROR);
      }
    }
    span.end();
  }

  @Override
  public void onAttemptFailure(AttemptFailure event) {
    Span span = endingAttempt(event.attempt());
    if (span == null) {
      return;
    }
    if (span.isRecording()) {
      span.setAttribute(ERROR_TYPE, event.errorType().getName());
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  @Override
  public void onRetryScheduled(RetryScheduled event) {
    CallTrace trace = event.call().get(CALL).orElse(null);
    if (trace == null || !trace.span.isRecording()) {
      return;
    }
    AttributesBuilder attributes =
        Attributes.builder()
            .put(RETRY_REASON, event.reason().name().toLowerCase(Locale.ROOT))
            .put(RETRY_DELAY_MS, event.delay().toMillis())
            .put(RETRY_ATTEMPT, event.attemptNumber());
    event.statusCode().ifPresent(status -> attributes.put(HTTP_RESPONSE_STATUS_CODE, status));
    trace.span.addEvent(RETRY_EVENT, attributes.build());
  }

  @Override
  public void onCallEnd(CallEnd event) {
    CallTrace trace = event.call().get(CALL).orElse(null);
    if (trace == null) {
      return;
    }
    Span span = trace.span;
    if (span.isRecording()) {
      span.setAttribute(ATTEMPT_COUNT, event.attempts());
      event.statusCode().ifPresent(status -> span.setAttribute(HTTP_RESPONSE_STATUS_CODE, status));
      event.requestId().ifPresent(id -> span.setAttribute(REQUEST_ID, id));
      if (!event.succeeded()) {
        event.errorType().ifPresent(type -> span.setAttribute(ERROR_TYPE, type.getName()));
        span.setStatus(StatusCode.ERROR);
      }
    }
    span.end();
    event.call().put(CALL, null);
  }

  /** {@return the span of the attempt that ends, forgotten by its call; null if none} */
  private static Span endingAttempt(AttemptContext attempt) {
    CallTrace trace = attempt.call().get(CALL).orElse(null);
    if (trace == null) {
      return null;
    }
    Span span = trace.attempt;
    trace.attempt = null;
    return span;
  }

  /** {@return {@code GET /users/{id}}: an attempt span's name, after the HTTP conventions} */
  private String attemptName(Operation operation) {
    String name = attemptNames.get(operation);
    if (name == null) {
      name = operation.method() + " " + operation.routeTemplate();
      if (attemptNames.size() < MAX_NAMES) {
        attemptNames.putIfAbsent(operation, name);
      }
    }
    return name;
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

  /**
   * What the callbacks of one call share: the caller's context with the call's span, and the span
   * of the attempt in flight. Written by one callback and read by the next, which may run on
   * another thread: volatile.
   */
  private static final class CallTrace {
    final Context context;
    final Span span;
    volatile Span attempt;

    CallTrace(Context context, Span span) {
      this.context = context;
      this.span = span;
    }
  }
}
