package dev.gradiant.sdk.benchmarks;

import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.Collection;
import java.util.concurrent.atomic.LongAdder;

/**
 * The OpenTelemetry set-ups of the {@code _sdkOtel*} rows of {@link CallBenchmark}: the
 * OpenTelemetry SDK's tracer with W3C Trace Context propagation, as an application configures it,
 * either sampling every call and handing each ended span to an exporter that drops it (what the
 * module costs when every call is traced, less the export itself), or sampling none (what it costs
 * an application that traces a few calls: the spans are not recorded, {@code traceparent} is still
 * sent).
 */
final class BenchmarkTracing {
  /** Spans the exporters of both set-ups were handed, for the checks that the clients trace. */
  static final LongAdder EXPORTED = new LongAdder();

  private BenchmarkTracing() {}

  /** {@return an OpenTelemetry SDK that records every span and exports it to nowhere} */
  static OpenTelemetrySdk recordedToNoOpExporter() {
    return sdk(Sampler.alwaysOn());
  }

  /** {@return an OpenTelemetry SDK that samples no span} */
  static OpenTelemetrySdk sampledOff() {
    return sdk(Sampler.alwaysOff());
  }

  private static OpenTelemetrySdk sdk(Sampler sampler) {
    return OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder()
                .setSampler(sampler)
                .addSpanProcessor(SimpleSpanProcessor.create(new DroppingExporter()))
                .build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
  }

  /** Takes every span and only counts it. */
  private static final class DroppingExporter implements SpanExporter {
    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
      EXPORTED.add(spans.size());
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
      return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
      return CompletableResultCode.ofSuccess();
    }
  }
}
