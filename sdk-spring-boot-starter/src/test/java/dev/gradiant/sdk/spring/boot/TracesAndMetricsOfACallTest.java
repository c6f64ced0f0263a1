package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.bookings.Booking;
import dev.gradiant.sdk.bookings.BookingCreateParams;
import dev.gradiant.sdk.bookings.SessionType;
import dev.gradiant.sdk.micrometer.GradiantMetrics;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.practitioners.AvailabilitySlot;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.GradiantSandboxExtension;
import dev.gradiant.sdk.testing.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * End to end: the client's, the tracing and the metrics auto-configurations, an OpenTelemetry SDK
 * whose spans go to an in-memory exporter and a {@link SimpleMeterRegistry} as the application's
 * beans, and the client calling the sandbox on loopback.
 */
@ExtendWith(GradiantSandboxExtension.class)
class TracesAndMetricsOfACallTest {
  private final GradiantSandbox sandbox;
  private final ApplicationContextRunner runner;

  TracesAndMetricsOfACallTest(GradiantSandbox sandbox) {
    this.sandbox = sandbox;
    this.runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    GradiantAutoConfiguration.class,
                    GradiantTracingAutoConfiguration.class,
                    GradiantMetricsAutoConfiguration.class))
            .withUserConfiguration(Telemetry.class)
            .withPropertyValues(
                "gradiant.base-url=" + sandbox.baseUrl(),
                "gradiant.api-token=" + sandbox.apiToken());
  }

  @Test
  void theObservabilityAutoConfigurationsAreRegisteredForSpringBoot() {
    assertThat(
            ImportCandidates.load(
                    AutoConfiguration.class, TracesAndMetricsOfACallTest.class.getClassLoader())
                .getCandidates())
        .contains(
            GradiantTracingAutoConfiguration.class.getName(),
            GradiantMetricsAutoConfiguration.class.getName());
  }

  @BeforeEach
  void clean() {
    sandbox.reset();
    sandbox.clearRequests();
  }

  @Test
  void aCallIsTracedUnderItsOperationIdAndItsTraceGoesOnTheWire() {
    runner.run(
        context -> {
          context.getBean(GradiantClient.class).users().me();

          List<SpanData> spans = context.getBean(InMemorySpanExporter.class).getFinishedSpanItems();
          SpanData call = only(spans, "getCurrentUser");
          SpanData attempt = only(spans, "GET /user");
          assertThat(call.getKind()).isEqualTo(SpanKind.CLIENT);
          assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
          assertThat(attempt.getTraceId()).isEqualTo(call.getTraceId());

          List<RecordedRequest> requests =
              sandbox.requests().stream().filter(r -> r.path().equals("/user")).toList();
          assertThat(requests).hasSize(1);
          assertThat(requests.get(0).header("traceparent"))
              .contains("00-" + attempt.getTraceId() + "-" + attempt.getSpanId() + "-01");
        });
  }

  @Test
  void aBookingIsTracedAndMeasuredAndItsTraceReachesTheSandbox() {
    runner.run(
        context -> {
          GradiantClient client = context.getBean(GradiantClient.class);
          LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
          Instant soonest = Instant.now().plusSeconds(3600);
          AvailabilitySlot free =
              client
                  .practitioners()
                  .getAvailability("prac_101", tomorrow, tomorrow.plusDays(13))
                  .slots()
                  .stream()
                  .filter(slot -> slot.available() && slot.startTime().isAfter(soonest))
                  .findFirst()
                  .orElseThrow();
          context.getBean(InMemorySpanExporter.class).reset();

          Booking booking =
              client
                  .bookings()
                  .create(
                      BookingCreateParams.builder()
                          .practitionerId("prac_101")
                          .scheduledAt(free.startTime())
                          .duration(60)
                          .sessionType(SessionType.VIDEO_CALL)
                          .build());

          List<SpanData> spans = context.getBean(InMemorySpanExporter.class).getFinishedSpanItems();
          SpanData call = only(spans, "createBooking");
          SpanData attempt = only(spans, "POST /bookings");
          assertThat(attempt.getParentSpanId()).isEqualTo(call.getSpanId());
          assertThat(attempt.getAttributes().asMap().values())
              .extracting(Object::toString)
              .doesNotContain(booking.id());
          List<RecordedRequest> posts =
              sandbox.requests().stream().filter(r -> r.path().equals("/bookings")).toList();
          assertThat(posts).hasSize(1);
          assertThat(posts.get(0).header("traceparent"))
              .contains("00-" + attempt.getTraceId() + "-" + attempt.getSpanId() + "-01");
          assertThat(
                  context
                      .getBean(MeterRegistry.class)
                      .get(GradiantMetrics.REQUESTS)
                      .tags("operation", "createBooking", "method", "POST", "outcome", "SUCCESS")
                      .timer()
                      .count())
              .isEqualTo(1);
        });
  }

  @Test
  void aCallIsTimedByOperationAndOutcomeUnderTheConfiguredClientName() {
    runner
        .withPropertyValues("gradiant.observability.metrics.client-name=clinic")
        .run(
            context -> {
              context.getBean(GradiantClient.class).users().me();

              MeterRegistry registry = context.getBean(MeterRegistry.class);
              assertThat(
                      registry
                          .get(GradiantMetrics.REQUESTS)
                          .tags(
                              "client", "clinic",
                              "operation", "getCurrentUser",
                              "method", "GET",
                              "outcome", "SUCCESS")
                          .timer()
                          .count())
                  .isEqualTo(1);
            });
  }

  @Test
  void theMetersAreTaggedWithTheModulesDefaultClientName() {
    runner.run(
        context -> {
          context.getBean(GradiantClient.class).users().me();

          assertThat(
                  context
                      .getBean(MeterRegistry.class)
                      .get(GradiantMetrics.REQUESTS)
                      .tag("client", GradiantMetrics.DEFAULT_CLIENT_NAME)
                      .timer()
                      .count())
              .isEqualTo(1);
        });
  }

  @Test
  void theClientGetsTracingThenMetricsThenTheApplicationsObservers() {
    runner
        .withBean("auditObserver", CallObserver.class, () -> new CallObserver() {})
        .run(
            context ->
                assertThat(context.getBeanProvider(CallObserver.class).orderedStream())
                    .containsExactly(
                        context.getBean("gradiantTracingObserver", CallObserver.class),
                        context.getBean("gradiantMetricsObserver", CallObserver.class),
                        context.getBean("auditObserver", CallObserver.class)));
  }

  private static SpanData only(List<SpanData> spans, String name) {
    List<SpanData> named = spans.stream().filter(s -> s.getName().equals(name)).toList();
    assertThat(named).as("spans named %s among %s", name, spans).hasSize(1);
    return named.get(0);
  }

  /** The application's telemetry: spans kept in memory, meters in a simple registry. */
  @Configuration(proxyBeanMethods = false)
  static class Telemetry {
    @Bean
    InMemorySpanExporter spanExporter() {
      return InMemorySpanExporter.create();
    }

    @Bean
    OpenTelemetrySdk openTelemetry(InMemorySpanExporter spans) {
      return OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(spans))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
    }

    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}
