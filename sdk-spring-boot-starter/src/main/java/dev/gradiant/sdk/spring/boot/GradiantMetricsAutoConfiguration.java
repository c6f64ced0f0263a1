package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.micrometer.GradiantMetrics;
import dev.gradiant.sdk.observability.CallObserver;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Measures the auto-configured client's calls ({@link GradiantMetrics}) when {@code
 * gradiant-sdk-micrometer} is on the class path and the application has a {@link MeterRegistry}
 * bean (with the actuator, Spring Boot's composite registry): adds the {@link CallObserver} bean
 * {@code gradiantMetricsObserver}, which {@link GradiantAutoConfiguration} adds to the client. The
 * meters' {@code client} tag comes from {@code gradiant.observability.metrics.client-name}. Off
 * with {@code gradiant.observability.metrics.enabled=false}; a bean of that name defined by the
 * application replaces it.
 */
@AutoConfiguration(
    afterName = {
      // Spring Boot 3.5 (spring-boot-actuator-autoconfigure)
      "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      // Spring Boot 4.0 (spring-boot-micrometer-metrics)
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
    })
@ConditionalOnClass({GradiantMetrics.class, MeterRegistry.class})
@ConditionalOnSingleCandidate(MeterRegistry.class)
@ConditionalOnBooleanProperty(
    name = "gradiant.observability.metrics.enabled",
    matchIfMissing = true)
@EnableConfigurationProperties(GradiantObservabilityProperties.class)
public class GradiantMetricsAutoConfiguration {
  /**
   * The {@link Order @Order} of {@code gradiantMetricsObserver}: after the tracing observer ({@link
   * GradiantTracingAutoConfiguration#OBSERVER_ORDER}), before the application's observers that have
   * no order.
   */
  public static final int OBSERVER_ORDER = 100;

  private static final String CLIENT_NAME = "gradiant.observability.metrics.client-name";

  /** Created by Spring Boot. */
  public GradiantMetricsAutoConfiguration() {}

  /**
   * The metrics observer.
   *
   * @param registry the application's registry
   * @param properties the {@code gradiant.observability.*} properties
   * @return the observer
   * @throws InvalidConfigurationPropertyValueException if the client name is blank
   */
  @Bean
  @Order(OBSERVER_ORDER)
  @ConditionalOnMissingBean(name = "gradiantMetricsObserver")
  public CallObserver gradiantMetricsObserver(
      MeterRegistry registry, GradiantObservabilityProperties properties) {
    String clientName = properties.getMetrics().getClientName();
    if (clientName == null || clientName.isBlank()) {
      throw new InvalidConfigurationPropertyValueException(
          CLIENT_NAME, clientName, "The client tag needs a name, e.g. 'billing'.");
    }
    return GradiantMetrics.create(registry, clientName);
  }
}
