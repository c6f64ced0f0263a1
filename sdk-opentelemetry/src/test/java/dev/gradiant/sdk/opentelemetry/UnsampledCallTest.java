package dev.gradiant.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.observability.AttemptContext;
import dev.gradiant.sdk.observability.AttemptStart;
import dev.gradiant.sdk.observability.CallContext;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.ObservationKey;
import dev.gradiant.sdk.observability.Operation;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A call whose span neither records nor is sampled starts no attempt span: each attempt carries the
 * call span's own context (its {@code traceparent}, sampled flag off). A call that records without
 * being sampled still gets its attempt spans; the OpenTelemetry API with no SDK keeps nothing.
 */
class UnsampledCallTest {
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String REMOTE_SPAN_ID = "00f067aa0ba902b7";
  private static final String UNSAMPLED = "00-([0-9a-f]{32})-([0-9a-f]{16})-0[02]";

  private TracedApi api;

  @AfterEach
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  @Test
  void anUnsampledCallStartsNoAttemptSpanAndEveryAttemptCarriesTheCallsContext() {
    AskedSampler sampler = new AskedSampler(Sampler.alwaysOff());
    api = new TracedApi(sampler);
    api.enqueueJson(503, "{}");
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      assertThat(client.users().get("user_123").id()).isEqualTo("user_123");
    }

    assertThat(sampler.names).as("spans started").containsExactly("getUser");
    String first = api.takeRequest().getHeaders().get("traceparent");
    String second = api.takeRequest().getHeaders().get("traceparent");
    assertThat(first).matches(UNSAMPLED);
    assertThat(first.substring(3, 35)).isEqualTo(sampler.traceIds.get(0));
    assertThat(second).as("the call's span, on every attempt").isEqualTo(first);
    assertThat(api.server.getRequestCount()).isEqualTo(2);
    assertThat(api.finished()).isEmpty();
  }

  @Test
  @SuppressWarnings("try") // the scope makes the remote parent current
  void underAnUnsampledCallerTheAttemptCarriesTheCallsSpanInTheCallersTrace() {
    AskedSampler sampler = new AskedSampler(Sampler.parentBased(Sampler.alwaysOn()));
    api = new TracedApi(sampler);
    api.enqueueJson(200, TracedApi.USER);
    SpanContext remote =
        SpanContext.createFromRemoteParent(
            TRACE_ID, REMOTE_SPAN_ID, TraceFlags.getDefault(), TraceState.getDefault());

    try (GradiantClient client = api.builder().build();
        Scope ignored = Span.wrap(remote).makeCurrent()) {
      client.users().get("user_123");
    }

    assertThat(sampler.names).containsExactly("getUser");
    String traceparent = api.takeRequest().getHeaders().get("traceparent");
    assertThat(traceparent).matches(UNSAMPLED).startsWith("00-" + TRACE_ID + "-");
    assertThat(traceparent.substring(36, 52))
        .as("the call's own span, a child of the caller's")
        .isNotEqualTo(REMOTE_SPAN_ID);
    assertThat(api.finished()).isEmpty();
  }

  @Test
  void aCallThatRecordsWithoutBeingSampledStillStartsItsAttemptSpans() {
    AskedSampler sampler = new AskedSampler(null);
    api = new TracedApi(sampler);
    api.enqueueJson(200, TracedApi.USER);

    try (GradiantClient client = api.builder().build()) {
      client.users().get("user_123");
    }

    assertThat(sampler.names).containsExactly("getUser", "GET /users/{id}");
    assertThat(api.takeRequest().getHeaders().get("traceparent")).matches(UNSAMPLED);
  }

  @Test
  void theApiWithoutAnSdkKeepsNothingOnTheCallAndSendsNothing() {
    CallObserver tracing = GradiantTracing.create(OpenTelemetry.noop());
    CountingCall call = new CountingCall();

    tracing.onCallStart(() -> call);
    tracing.onAttemptStart(new FirstAttempt(call));

    assertThat(call.puts).as("values kept on the call").isZero();
    assertThat(call.gets).as("values looked up on the call").isZero();
    assertThat(call.headers).as("headers set").isZero();
  }

  /** A sampler that notes the name and trace id of every span it is asked about. */
  private static final class AskedSampler implements Sampler {
    final List<String> names = new CopyOnWriteArrayList<>();
    final List<String> traceIds = new CopyOnWriteArrayList<>();
    // null: record every span without sampling it
    private final Sampler decides;

    AskedSampler(Sampler decides) {
      this.decides = decides;
    }

    @Override
    public SamplingResult shouldSample(
        Context parentContext,
        String traceId,
        String name,
        SpanKind spanKind,
        Attributes attributes,
        List<LinkData> parentLinks) {
      names.add(name);
      traceIds.add(traceId);
      return decides == null
          ? SamplingResult.recordOnly()
          : decides.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
    }

    @Override
    public String getDescription() {
      return "AskedSampler";
    }
  }

  /** A call that counts what observers keep on it, look up on it and set on its attempts. */
  private static final class CountingCall implements CallContext {
    int puts;
    int gets;
    int headers;

    @Override
    public Operation operation() {
      return Operation.of("getUser", "GET", "/users/{id}");
    }

    @Override
    public String serverAddress() {
      return "api.gradiant.dev";
    }

    @Override
    public int serverPort() {
      return 443;
    }

    @Override
    public boolean async() {
      return false;
    }

    @Override
    public <T> Optional<T> get(ObservationKey<T> key) {
      gets++;
      return Optional.empty();
    }

    @Override
    public <T> void put(ObservationKey<T> key, T value) {
      puts++;
    }
  }

  /** The first attempt of a {@link CountingCall}, which counts the headers set on it. */
  private record FirstAttempt(CountingCall counted) implements AttemptStart, AttemptContext {
    @Override
    public AttemptContext attempt() {
      return this;
    }

    @Override
    public void setHeader(String name, String value) {
      counted.headers++;
    }

    @Override
    public CallContext call() {
      return counted;
    }

    @Override
    public int number() {
      return 1;
    }

    @Override
    public <T> Optional<T> get(ObservationKey<T> key) {
      return counted.get(key);
    }

    @Override
    public <T> void put(ObservationKey<T> key, T value) {
      counted.put(key, value);
    }
  }
}
