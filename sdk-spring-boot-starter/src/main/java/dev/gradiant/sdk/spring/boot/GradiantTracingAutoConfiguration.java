package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.opentelemetry.GradiantTracing;
import io.opentelemetry.api.OpenTelemetry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;

/**
 * Traces the auto-configured client's calls ({@link GradiantTracing}) when {@code
 * gradiant-sdk-opentelemetry} is on the class path and the application has an {@link OpenTelemetry}
 * bean (Spring Boot defines one when the OpenTelemetry SDK is on the class path): adds the {@link
 * CallObserver} bean {@code gradiantTracingObserver}, which {@link GradiantAutoConfiguration} adds
 * to the client. Off with {@code gradiant.observability.tracing.enabled=false}; a bean of that name
 * defined by the application replaces it.
 */
@AutoConfiguration(
    afterName = {
      // Spring Boot 3.5 (spring-boot-actuator-autoconfigure)
      "org.springframework.boot.actuate.autoconfigure.opentelemetry.OpenTelemetryAutoConfiguration",
      // Spring Boot 4.0 (spring-boot-opentelemetry)
      "org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration"
    })
@ConditionalOnClass({GradiantTracing.class, OpenTelemetry.class})
@ConditionalOnSingleCandidate(OpenTelemetry.class)
@ConditionalOnBooleanProperty(
    name = "gradiant.observability.tracing.enabled",
    matchIfMissing = true)
@EnableConfigurationProperties(GradiantObservabilityProperties.class)
public class GradiantTracingAutoConfiguration {
  /**
   * The {@link Order @Order} of {@code gradiantTracingObserver}: before the metrics observer
   * ({@link GradiantMetricsAutoConfiguration#OBSERVER_ORDER}) and the application's observers that
   * have no order.
   */
  public static final int OBSERVER_ORDER = 0;

  /** Created by Spring Boot. */
  public GradiantTracingAutoConfiguration() {}

  /**
   * The tracing observer.
   *
   * @param openTelemetry the application's OpenTelemetry
   * @return the observer
   */
  @Bean
  @Order(OBSERVER_ORDER)
  @ConditionalOnMissingBean(name = "gradiantTracingObserver")
  public CallObserver gradiantTracingObserver(OpenTelemetry openTelemetry) {
    return GradiantTracing.create(openTelemetry);
  }
}
