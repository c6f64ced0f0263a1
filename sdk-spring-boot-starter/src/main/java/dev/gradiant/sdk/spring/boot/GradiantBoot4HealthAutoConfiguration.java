package dev.gradiant.sdk.spring.boot;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.spring.boot.internal.Boot4HealthIndicator;
import dev.gradiant.sdk.spring.boot.internal.HealthProbe;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code gradiant} health indicator on Spring Boot 4 (its {@code
 * org.springframework.boot.health} API, from {@code spring-boot-health}); the same check as {@link
 * GradiantHealthAutoConfiguration} does on Boot 3.5. Off with {@code
 * management.health.gradiant.enabled=false}.
 */
@AutoConfiguration(after = GradiantAutoConfiguration.class)
@ConditionalOnClass({GradiantClient.class, HealthIndicator.class})
@ConditionalOnSingleCandidate(GradiantClient.class)
@ConditionalOnEnabledHealthIndicator("gradiant")
@EnableConfigurationProperties(GradiantProperties.class)
public class GradiantBoot4HealthAutoConfiguration {

  /** Created by Spring Boot. */
  public GradiantBoot4HealthAutoConfiguration() {}

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
    return new Boot4HealthIndicator(new HealthProbe(client, properties.getHealth().getTimeout()));
  }
}
