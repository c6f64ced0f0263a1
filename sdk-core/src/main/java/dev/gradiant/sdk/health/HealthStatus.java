package dev.gradiant.sdk.health;

import java.time.Instant;

/**
 * The service's self-reported health.
 *
 * @param status {@code healthy}, or another state the service reports
 * @param version the API server's version
 * @param timestamp when the server answered
 */
public record HealthStatus(String status, String version, Instant timestamp) {

  /** {@return whether {@link #status()} is {@code healthy}} */
  public boolean isHealthy() {
    return "healthy".equalsIgnoreCase(status);
  }
}
