package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.spring.boot.internal.ActuatorHealthIndicator;
import dev.gradiant.sdk.spring.boot.internal.HealthProbe;
import org.springframework.boot.actuate.autoconfigure.health.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@code gradiant} health indicator on Spring Boot 3.5 (the actuator's {@code
 * org.springframework.boot.actuate.health} API; on Boot 4 {@link
 * GradiantBoot4HealthAutoConfiguration} does the same): each health request calls {@code GET
 * /health} once, without retries, within {@code gradiant.health.timeout}. UP when the API says it
 * is healthy; DOWN otherwise, with the exception's type, the HTTP status, the API's error code and
 * request id as details, never a message or a credential. Off with {@code
 * management.health.gradiant.enabled=false}.
 */
@AutoConfiguration(after = GradiantAutoConfiguration.class)
@ConditionalOnClass({GradiantClient.class, HealthIndicator.class})
@ConditionalOnSingleCandidate(GradiantClient.class)
@ConditionalOnEnabledHealthIndicator("gradiant")
@EnableConfigurationProperties(GradiantProperties.class)
public class GradiantHealthAutoConfiguration {

  /** Created by Spring Boot. */
  public GradiantHealthAutoConfiguration() {}

  /**
   * The health indicator, named {@code gradiant}.
   *
   * @param client the client
   * @param properties the {@code gradiant.*} properties
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "gradiantHealthIndicator")
  public HealthIndicator gradiantHealthIndicator(
      GradiantClient client, GradiantProperties properties) {
    return new ActuatorHealthIndicator(
        new HealthProbe(client, properties.getHealth().getTimeout()));
  }
}
