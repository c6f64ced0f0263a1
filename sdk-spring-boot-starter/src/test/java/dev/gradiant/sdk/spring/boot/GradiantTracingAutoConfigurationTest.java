package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.opentelemetry.GradiantTracing;
import io.opentelemetry.api.OpenTelemetry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the tracing observer is added to the auto-configured client, and when it is not. */
class GradiantTracingAutoConfigurationTest {
  private static final String OBSERVER = "gradiantTracingObserver";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GradiantAutoConfiguration.class, GradiantTracingAutoConfiguration.class))
          .withPropertyValues("gradiant.api-token=tok_tracing_test");

  private final ApplicationContextRunner withOpenTelemetry =
      runner.withBean(OpenTelemetry.class, OpenTelemetry::noop);

  @Test
  void addsTheObserverWhenThereIsAnOpenTelemetryBean() {
    withOpenTelemetry.run(
        context ->
            assertThat(context)
                .hasNotFailed()
                .hasSingleBean(GradiantClient.class)
                .hasBean(OBSERVER)
                .getBean(OBSERVER)
                .isInstanceOf(CallObserver.class));
  }

  @Test
  void comesAfterSpringBootsOpenTelemetryAutoConfiguration() {
    runner
        .withConfiguration(BootAutoConfigurations.openTelemetry())
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(OpenTelemetry.class);
              assertThat(context).hasBean(OBSERVER);
            });
  }

  @Test
  void addsNothingWithoutAnOpenTelemetryBean() {
    runner.run(
        context ->
            assertThat(context)
                .hasNotFailed()
                .hasSingleBean(GradiantClient.class)
                .doesNotHaveBean(CallObserver.class));
  }

  @Test
  void addsNothingWithoutTheModule() {
    withOpenTelemetry
        .withClassLoader(new FilteredClassLoader(GradiantTracing.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(GradiantClient.class)
                    .doesNotHaveBean(CallObserver.class));
  }

  @Test
  void addsNothingWithoutTheOpenTelemetryApi() {
    withOpenTelemetry
        .withClassLoader(new FilteredClassLoader(OpenTelemetry.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(GradiantClient.class)
                    .doesNotHaveBean(OBSERVER));
  }

  @Test
  void isSwitchedOffByTheProperty() {
    withOpenTelemetry
        .withPropertyValues("gradiant.observability.tracing.enabled=false")
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(GradiantClient.class)
                    .doesNotHaveBean(CallObserver.class));
  }

  @Test
  void anObserverOfTheSameNameDefinedByTheApplicationWins() {
    CallObserver mine = new CallObserver() {};
    withOpenTelemetry
        .withBean(OBSERVER, CallObserver.class, () -> mine)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(CallObserver.class);
              assertThat(context.getBean(OBSERVER)).isSameAs(mine);
            });
  }

  @Test
  void otherObserversOfTheApplicationDoNotReplaceIt() {
    withOpenTelemetry
        .withBean("auditObserver", CallObserver.class, () -> new CallObserver() {})
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasBean("auditObserver")
                    .hasBean(OBSERVER)
                    .getBeans(CallObserver.class)
                    .hasSize(2));
  }
}
