package dev.gradiant.sdk.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.testing.GradiantSandbox;
import dev.gradiant.sdk.testing.GradiantSandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The health indicator on Spring Boot 3.5's actuator API. */
@ExtendWith(GradiantSandboxExtension.class)
class GradiantHealthAutoConfigurationTest {
  private final GradiantSandbox sandbox;
  private final ApplicationContextRunner runner;

  GradiantHealthAutoConfigurationTest(GradiantSandbox sandbox) {
    this.sandbox = sandbox;
    sandbox.clearFaults();
    this.runner =
        new ApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    GradiantAutoConfiguration.class, GradiantHealthAutoConfiguration.class))
            .withPropertyValues(
                "gradiant.base-url=" + sandbox.baseUrl(),
                "gradiant.api-token=" + sandbox.apiToken());
  }

  @Test
  void reportsUpWhenTheApiIsHealthy() {
    runner.run(
        context -> {
          Health health = context.getBean("gradiantHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsKey("status");
        });
  }

  @Test
  void reportsDownWithTheStatusAndNoSecret() {
    runner.run(
        context -> {
          sandbox.failNext(1, 500);
          Health health = context.getBean("gradiantHealthIndicator", HealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails())
              .containsEntry("error", "ServerException")
              .containsEntry("httpStatus", 500);
          assertThat(health.toString()).doesNotContain(sandbox.apiToken());
        });
  }

  @Test
  void notWithoutTheActuator() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(GradiantClient.class)
                    .doesNotHaveBean("gradiantHealthIndicator"));
  }

  @Test
  void notWhenSwitchedOff() {
    runner
        .withPropertyValues("management.health.gradiant.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("gradiantHealthIndicator"));
  }

  @Test
  void notWithoutAClient() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(GradiantHealthAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HealthIndicator.class));
  }

  @Test
  void anIndicatorDefinedByTheApplicationWins() {
    HealthIndicator own = () -> Health.up().withDetail("own", true).build();
    runner
        .withBean("gradiantHealthIndicator", HealthIndicator.class, () -> own)
        .run(
            context ->
                assertThat(context.getBean("gradiantHealthIndicator", HealthIndicator.class))
                    .isSameAs(own));
  }
}
