package dev.gradiant.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.RequestOptions;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * W3C Trace Context on the wire: each attempt's request carries the {@code traceparent} of that
 * attempt's own span (and the caller's {@code tracestate}), written by the OpenTelemetry instance's
 * propagators; a header the caller set is left alone; sampling off still propagates, the call's own
 * span then standing for its attempts (see {@link UnsampledCallTest}).
 */
class TraceContextPropagationTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String REMOTE_SPAN_ID = "00f067aa0ba902b7";

  private TracedApi api = new TracedApi();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void eachAttemptCarriesTheTraceparentOfItsOwnSpan() {
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    List<SpanData> attempts = api.attemptSpans();
    assertThat(attempts).hasSize(2);
    for (SpanData attempt : attempts) {
      RecordedRequest request = api.takeRequest();
      assertThat(request.getHeaders().values("traceparent"))
          .containsExactly(
              "00-"
                  + attempt.getTraceId()
                  + "-"
                  + attempt.getSpanId()
                  + "-"
                  + attempt.getSpanContext().getTraceFlags().asHex());
      assertThat(request.getHeaders().get("tracestate")).isNull();
    }
    assertThat(attempts.get(0).getSpanId()).isNotEqualTo(attempts.get(1).getSpanId());
    assertThat(api.server.getRequestCount()).isEqualTo(2);
  }

  @Test
  @SuppressWarnings("try") // the scope makes the remote parent current
  void theCallersTraceAndTracestateTravelWithTheCall() {
    api.enqueueJson(200, TracedApi.USER);
    SpanContext remote =
        SpanContext.createFromRemoteParent(
            TRACE_ID,
            REMOTE_SPAN_ID,
            TraceFlags.getSampled(),
            TraceState.builder().put("vendor", "opaque").build());

    try (GradiantClient client = api.builder().build();
        Scope ignored = Span.wrap(remote).makeCurrent()) {
      client.users().get("user_123");
    }

    SpanData call = api.callSpan();
    SpanData attempt = api.attemptSpans().get(0);
    assertThat(call.getTraceId()).isEqualTo(TRACE_ID);
    assertThat(call.getParentSpanId()).isEqualTo(REMOTE_SPAN_ID);
    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("traceparent"))
        .isEqualTo("00-" + TRACE_ID + "-" + attempt.getSpanId() + "-01");
    assertThat(request.getHeaders().get("tracestate")).isEqualTo("vendor=opaque");
  }

  @Test
  void aTraceparentTheCallerSetIsLeftAsItIsAndTheCallIsStillTraced() {
    api.enqueueJson(200, TracedApi.USER);
    String own = "00-" + TRACE_ID + "-" + REMOTE_SPAN_ID + "-01";

    try (GradiantClient client = api.builder().build()) {
      client
          .users()
          .withOptions(RequestOptions.builder().header("traceparent", own).build())
          .get("user_123");
    }

    assertThat(api.takeRequest().getHeaders().values("traceparent")).containsExactly(own);
    assertThat(api.callSpan().getName()).isEqualTo("getUser");
    assertThat(api.attemptSpans()).hasSize(1);
  }

  @Test
  void withSamplingOffTheAttemptStillPropagatesAnUnsampledContextAndNothingIsExported() {
    api.close();
    api = new TracedApi(Sampler.alwaysOff());
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    assertThat(api.takeRequest().getHeaders().get("traceparent"))
        .as("sampled flag (bit 0) off; bit 1 is the random trace id flag")
        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[02]");
    assertThat(api.finished()).isEmpty();
  }

  @Test
  void withSamplingOffEveryRetriedAttemptCarriesTheCallsOwnUnsampledSpan() {
    api.close();
    api = new TracedApi(Sampler.alwaysOff());
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    String first = api.takeRequest().getHeaders().get("traceparent");
    String second = api.takeRequest().getHeaders().get("traceparent");
    assertThat(first).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[02]");
    assertThat(second)
        .as("no attempt span under an unsampled call: the call's span, one trace")
        .isEqualTo(first);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
    assertThat(api.finished()).isEmpty();
  }

  @Test
  @SuppressWarnings("try") // the scope makes the remote parent current
  void anOpenTelemetryThatOnlyPropagatesSendsTheCallersContext() {
    api.enqueueJson(200, TracedApi.USER);
    SpanContext remote =
        SpanContext.createFromRemoteParent(
            TRACE_ID, REMOTE_SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
    OpenTelemetry propagating =
        OpenTelemetry.propagating(
            ContextPropagators.create(W3CTraceContextPropagator.getInstance()));

    try (GradiantClient client =
            api.time
                .builder(api.server.url("/v1").toString())
                .apiToken(TracedApi.TOKEN)
                .addObserver(GradiantTracing.create(propagating))
                .build();
        Scope ignored = Span.wrap(remote).makeCurrent()) {
      client.users().get("user_123");
    }

    assertThat(api.takeRequest().getHeaders().get("traceparent"))
        .isEqualTo("00-" + TRACE_ID + "-" + REMOTE_SPAN_ID + "-01");
    assertThat(api.finished()).isEmpty();
  }

  @Test
  void aNoOpOpenTelemetryTracesNothingAndSendsNoHeader() {
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client =
        api.time
            .builder(api.server.url("/v1").toString())
            .apiToken(TracedApi.TOKEN)
            .addObserver(GradiantTracing.create(OpenTelemetry.noop()))
            .build()) {
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");
    }

    RecordedRequest request = api.takeRequest();
    assertThat(request.getHeaders().get("traceparent")).isNull();
    assertThat(request.getHeaders().get("tracestate")).isNull();
  }
}
