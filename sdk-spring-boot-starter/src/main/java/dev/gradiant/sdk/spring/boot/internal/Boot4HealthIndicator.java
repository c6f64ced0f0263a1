package dev.gradiant.sdk.spring.boot.internal;

import dev.gradiant.sdk.spring.boot.internal.HealthProbe.Outcome;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The Gradiant API's health for Spring Boot 4's health API ({@code boot.health.contributor}). */
public final class Boot4HealthIndicator implements HealthIndicator {
  private final HealthProbe probe;

  /**
   * @param probe the check to run on each health request
   */
  public Boot4HealthIndicator(HealthProbe probe) {
    this.probe = probe;
  }

  @Override
  public Health health() {
    Outcome outcome = probe.check();
    return (outcome.up() ? Health.up() : Health.down()).withDetails(outcome.details()).build();
  }
}
