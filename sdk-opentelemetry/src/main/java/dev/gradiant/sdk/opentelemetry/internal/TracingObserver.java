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
import io.opentelemetry.api.trace.SpanContext;
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
 * <p>What a call costs when nothing is recorded is kept small:
 *
 * <ul>
 *   <li>The attributes a sampler may decide on are given when a span starts; the answer's status,
 *       request id and error, and the retry events, are read only for a span that records.
 *   <li><b>No attempt span under a call span that neither records nor is sampled</b> (sampling off
 *       for this trace). Its parent would not be exported, so a recorded attempt span would hang
 *       from a span no backend has; and with the usual parent-based samplers it would not be
 *       sampled either. The attempt's request then carries the call span's context instead: W3C
 *       Trace Context's {@code traceparent} names the caller's span as {@code parent-id} and its
 *       {@code sampled} flag is off, which is all a server needs to keep the trace's id and the
 *       caller's decision. Each attempt of such a call sends the same {@code traceparent}.
 *   <li><b>Nothing at all</b> when the call span is not valid (the OpenTelemetry API with no SDK:
 *       {@code OpenTelemetry.noop()}) and the propagator is the no-op one: no state is kept on the
 *       call, and the attempts and the end find none.
 * </ul>
 */
public final class TracingObserver implements CallObserver {
  private static final ObservationKey<CallTrace> CALL =
      ObservationKey.of("gradiant.opentelemetry.call-trace");

  /** More operations than the API has: the cache of span names stops growing there. */
  private static final int MAX_NAMES = 512;

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final boolean propagates;
  // "GET /users/{id}" per operationId, made once instead of on every attempt. Keyed by the id, a
  // String that caches its hash: Operation's hashCode hashes three strings into a new array.
  private final Map<String, AttemptName> attemptNames = new ConcurrentHashMap<>();
  // server.port boxed once: the clients of one observer nearly always share a port.
  private volatile Long port = 443L;

  /**
   * @param tracer makes the spans
   * @param propagator writes an attempt's context into its request headers
   */
  public TracingObserver(Tracer tracer, TextMapPropagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
    this.propagates = propagator != TextMapPropagator.noop();
  }

  @Override
  public void onCallStart(CallStart event) {
    CallContext call = event.call();
    Operation operation = call.operation();
    Context parent = Context.current();
    Span span =
        http(tracer.spanBuilder(operation.operationId()), operation, call)
            .setParent(parent)
            .setAttribute(OPERATION_ID, operation.operationId())
            .startSpan();
    SpanContext context = span.getSpanContext();
    boolean traced = span.isRecording() || context.isSampled();
    if (!traced && !context.isValid()) {
      // A no-op tracer's span: nothing to record or end. Only the caller's context may travel.
      if (propagates) {
        call.put(CALL, new CallTrace(parent, span, false));
      }
      return;
    }
    call.put(CALL, new CallTrace(parent.with(span), span, traced));
  }

  @Override
  public void onAttemptStart(AttemptStart event) {
    AttemptContext attempt = event.attempt();
    CallContext call = attempt.call();
    CallTrace trace = call.get(CALL).orElse(null);
    if (trace == null) {
      return;
    }
    Context context = trace.context;
    if (trace.traced) {
      Operation operation = call.operation();
      SpanBuilder builder =
          http(tracer.spanBuilder(attemptName(operation)), operation, call).setParent(context);
      if (attempt.number() > 1) {
        builder.setAttribute(HTTP_REQUEST_RESEND_COUNT, attempt.number() - 1L);
      }
      Span span = builder.startSpan();
      trace.attempt = span;
      context = context.with(span);
    }
    propagator.inject(context, event, AttemptHeaders.INSTANCE);
  }

  @Override
  public void onAttemptResponse(AttemptResponse event) {
    Span span = endingAttempt(event.attempt());
    if (span == null) {
      return;
    }
    if (span.isRecording()) {
      int status = event.statusCode();
      span.setAttribute(HTTP_RESPONSE_STATUS_CODE, StatusCodes.boxed(status));
      String requestId = event.requestId().orElse(null);
      if (requestId != null) {
        span.setAttribute(REQUEST_ID, requestId);
      }
      if (status >= 400) {
        span.setAttribute(ERROR_TYPE, StatusCodes.text(status));
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
    Integer status = event.statusCode().orElse(null);
    if (status != null) {
      attributes.put(HTTP_RESPONSE_STATUS_CODE, status);
    }
    trace.span.addEvent(RETRY_EVENT, attributes.build());
  }

  @Override
  public void onCallEnd(CallEnd event) {
    CallTrace trace = event.call().get(CALL).orElse(null);
    if (trace == null) {
      return;
    }
    // The call ends once (the SDK sees to it), so its trace is left to go with the call.
    Span span = trace.span;
    if (span.isRecording()) {
      span.setAttribute(ATTEMPT_COUNT, event.attempts());
      Integer status = event.statusCode().orElse(null);
      if (status != null) {
        span.setAttribute(HTTP_RESPONSE_STATUS_CODE, StatusCodes.boxed(status));
      }
      String requestId = event.requestId().orElse(null);
      if (requestId != null) {
        span.setAttribute(REQUEST_ID, requestId);
      }
      if (!event.succeeded()) {
        Class<? extends Throwable> type = event.errorType().orElse(null);
        if (type != null) {
          span.setAttribute(ERROR_TYPE, type.getName());
        }
        span.setStatus(StatusCode.ERROR);
      }
    }
    span.end();
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
    AttemptName cached = attemptNames.get(operation.operationId());
    if (cached != null && cached.operation == operation) {
      return cached.name;
    }
    String name = operation.method() + " " + operation.routeTemplate();
    if (cached == null && attemptNames.size() < MAX_NAMES) {
      attemptNames.putIfAbsent(operation.operationId(), new AttemptName(operation, name));
    }
    return name;
  }

  /**
   * An attempt span's name, for the one {@link Operation} instance it was made from (the client's
   * operation table hands out one per operation; another instance under the same id is named anew).
   */
  private record AttemptName(Operation operation, String name) {}

  private SpanBuilder http(SpanBuilder builder, Operation operation, CallContext call) {
    return builder
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute(HTTP_REQUEST_METHOD, operation.method())
        .setAttribute(URL_TEMPLATE, operation.routeTemplate())
        .setAttribute(SERVER_ADDRESS, call.serverAddress())
        .setAttribute(SERVER_PORT, port(call.serverPort()));
  }

  /** {@return {@code serverPort} boxed, without a new {@code Long} for the usual port} */
  private Long port(int serverPort) {
    Long boxed = port;
    if (boxed.longValue() != serverPort) {
      boxed = (long) serverPort;
      port = boxed;
    }
    return boxed;
  }

  /**
   * What the callbacks of one call share: the caller's context with the call's span, the span of
   * the attempt in flight, and whether attempts get spans of their own. Written by one callback and
   * read by the next, which may run on another thread: volatile.
   */
  private static final class CallTrace {
    final Context context;
    final Span span;
    final boolean traced;
    volatile Span attempt;

    CallTrace(Context context, Span span, boolean traced) {
      this.context = context;
      this.span = span;
      this.traced = traced;
    }
  }
}
