package dev.gradiant.sdk.spring.boot.internal;

import dev.gradiant.sdk.spring.boot.internal.HealthProbe.Outcome;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/** The Gradiant API's health for Spring Boot 3.5's actuator ({@code actuate.health}). */
public final class ActuatorHealthIndicator implements HealthIndicator {
  private final HealthProbe probe;

  /**
   * @param probe the check to run on each health request
   */
  public ActuatorHealthIndicator(HealthProbe probe) {
    this.probe = probe;
  }

  @Override
  public Health health() {
    Outcome outcome = probe.check();
    return (outcome.up() ? Health.up() : Health.down()).withDetails(outcome.details()).build();
  }
}
