package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.micrometer.GradiantMetrics;
import dev.gradiant.sdk.observability.CallObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the metrics observer is added to the auto-configured client, and when it is not. */
class GradiantMetricsAutoConfigurationTest {
  private static final String OBSERVER = "gradiantMetricsObserver";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  GradiantAutoConfiguration.class, GradiantMetricsAutoConfiguration.class))
          .withPropertyValues("gradiant.api-token=tok_metrics_test");

  private final ApplicationContextRunner withMeterRegistry =
      runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new);

  @Test
  void addsTheObserverWhenThereIsAMeterRegistryBean() {
    withMeterRegistry.run(
        context ->
            assertThat(context)
                .hasNotFailed()
                .hasSingleBean(GradiantClient.class)
                .hasBean(OBSERVER)
                .getBean(OBSERVER)
                .isInstanceOf(CallObserver.class));
  }

  @Test
  void comesAfterSpringBootsMetricsAutoConfiguration() {
    runner
        .withConfiguration(BootAutoConfigurations.metrics())
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(MeterRegistry.class);
              assertThat(context).hasBean(OBSERVER);
            });
  }

  @Test
  void addsNothingWithoutAMeterRegistryBean() {
    runner.run(
        context ->
            assertThat(context)
                .hasNotFailed()
                .hasSingleBean(GradiantClient.class)
                .doesNotHaveBean(CallObserver.class));
  }

  @Test
  void addsNothingWithoutTheModule() {
    withMeterRegistry
        .withClassLoader(new FilteredClassLoader(GradiantMetrics.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(GradiantClient.class)
                    .doesNotHaveBean(CallObserver.class));
  }

  @Test
  void addsNothingWithoutMicrometer() {
    withMeterRegistry
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .hasSingleBean(GradiantClient.class)
                    .doesNotHaveBean(OBSERVER));
  }

  @Test
  void isSwitchedOffByTheProperty() {
    withMeterRegistry
        .withPropertyValues("gradiant.observability.metrics.enabled=false")
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
    withMeterRegistry
        .withBean(OBSERVER, CallObserver.class, () -> mine)
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(CallObserver.class);
              assertThat(context.getBean(OBSERVER)).isSameAs(mine);
            });
  }

  @Test
  void otherObserversOfTheApplicationDoNotReplaceIt() {
    withMeterRegistry
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

  @Test
  void aBlankClientNameFailsStartUpNamingTheProperty() {
    withMeterRegistry
        .withPropertyValues("gradiant.observability.metrics.client-name= ")
        .run(
            context ->
                assertThat(context)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .isInstanceOfSatisfying(
                        InvalidConfigurationPropertyValueException.class,
                        e ->
                            assertThat(e.getName())
                                .isEqualTo("gradiant.observability.metrics.client-name")));
  }
}
