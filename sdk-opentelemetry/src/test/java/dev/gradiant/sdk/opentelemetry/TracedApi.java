package dev.gradiant.sdk.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.FakeTimeClients;
import dev.gradiant.sdk.GradiantClientBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * The fixture of this module's tests: a MockWebServer on 127.0.0.1, an OpenTelemetry SDK whose
 * spans go to an in-memory exporter as each ends and whose propagator is W3C Trace Context, and
 * clients on fake time ({@link FakeTimeClients}) traced by {@link GradiantTracing}.
 */
final class TracedApi implements AutoCloseable {
  static final String TOKEN = "tok_traced_5f1c";
  static final String USER =
      "{\"data\": {\"id\": \"user_123\", \"email\": \"user@example.com\", \"firstName\": \"John\","
          + " \"lastName\": \"Doe\", \"dateOfBirth\": \"1990-01-01\", \"phoneNumber\":"
          + " \"+1234567890\", \"verified\": true, \"createdAt\": \"2024-01-01T00:00:00Z\","
          + " \"updatedAt\": \"2024-01-01T00:00:00Z\"},"
          + " \"meta\": {\"requestId\": \"req_123\", \"timestamp\": \"2024-03-21T10:30:00Z\"}}";

  final MockWebServer server = new MockWebServer();
  final InMemorySpanExporter spans = InMemorySpanExporter.create();
  final OpenTelemetrySdk openTelemetry;
  final FakeTimeClients time = new FakeTimeClients();

  TracedApi() {
    this(Sampler.alwaysOn());
  }

  TracedApi(Sampler sampler) {
    openTelemetry =
        OpenTelemetrySdk.builder()
            .setTracerProvider(
                SdkTracerProvider.builder()
                    .setSampler(sampler)
                    .addSpanProcessor(SimpleSpanProcessor.create(spans))
                    .build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
            .build();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return a traced client builder with a token, pointed at the server, on fake time} */
  GradiantClientBuilder builder() {
    return withoutCredentials().apiToken(TOKEN);
  }

  /** {@return a traced client builder without credentials, pointed at the server, on fake time} */
  GradiantClientBuilder withoutCredentials() {
    return time.builder(server.url("/v1").toString())
        .addObserver(GradiantTracing.create(openTelemetry));
  }

  /** Queues a JSON answer with the given header pairs. */
  void enqueueJson(int status, String body, String... headerPairs) {
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .addHeader("Content-Type", "application/json")
            .body(body);
    for (int i = 0; i < headerPairs.length; i += 2) {
      response.addHeader(headerPairs[i], headerPairs[i + 1]);
    }
    server.enqueue(response.build());
  }

  /** {@return the next request the server received} */
  RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@return every span ended so far, in the order they ended} */
  List<SpanData> finished() {
    return spans.getFinishedSpanItems();
  }

  /** {@return the one call span ended so far} */
  SpanData callSpan() {
    List<SpanData> calls = ours().filter(span -> !span.getName().contains(" ")).toList();
    assertThat(calls).as("call spans").hasSize(1);
    assertThat(calls.get(0).getKind()).isEqualTo(SpanKind.CLIENT);
    return calls.get(0);
  }

  /** {@return the attempt spans ended so far, in the order they ended} */
  List<SpanData> attemptSpans() {
    return ours().filter(span -> span.getName().contains(" ")).toList();
  }

  private Stream<SpanData> ours() {
    return finished().stream()
        .filter(
            span ->
                span.getInstrumentationScopeInfo()
                    .getName()
                    .equals(GradiantTracing.INSTRUMENTATION_NAME));
  }

  @Override
  public void close() {
    server.close();
    openTelemetry.close();
  }
}
