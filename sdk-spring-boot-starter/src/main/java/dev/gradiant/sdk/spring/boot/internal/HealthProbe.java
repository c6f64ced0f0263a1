package dev.gradiant.sdk.spring.boot.internal;

import dev.gradiant.sdk.GradiantClient;
import dev.gradiant.sdk.core.RequestOptions;
import dev.gradiant.sdk.errors.ApiException;
import dev.gradiant.sdk.health.HealthStatus;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Asks the API for its health ({@code GET /health}) once, within a time limit and without retries,
 * for the health indicators of both Spring Boot lines. The details name what failed (the
 * exception's type, the HTTP status, the API's error code and request id), never an exception's
 * message, a header or a credential.
 */
public final class HealthProbe {
  private final GradiantClient client;
  private final RequestOptions options;

  /**
   * @param client the client to ask with
   * @param timeout how long the check may take, the connection included
   */
  public HealthProbe(GradiantClient client, Duration timeout) {
    this.client = client;
    this.options = RequestOptions.builder().timeout(timeout).maxRetries(0).build();
  }

  /** {@return the outcome of one check} */
  public Outcome check() {
    Map<String, Object> details = new LinkedHashMap<>();
    try {
      HealthStatus status = client.health().withOptions(options).check();
      details.put("status", status.status());
      status.version().ifPresent(version -> details.put("version", version));
      return new Outcome(status.isHealthy(), details);
    } catch (ApiException e) {
      details.put("error", publicType(e));
      details.put("httpStatus", e.statusCode());
      e.errorCode().ifPresent(code -> details.put("errorCode", code));
      e.requestId().ifPresent(id -> details.put("requestId", id));
    } catch (RuntimeException e) {
      details.put("error", publicType(e));
    }
    return new Outcome(false, details);
  }

  /**
   * The simple name of the exception's type, or of its nearest type outside an internal package.
   */
  private static String publicType(RuntimeException e) {
    Class<?> type = e.getClass();
    while (type.getPackageName().contains(".internal") && type.getSuperclass() != null) {
      type = type.getSuperclass();
    }
    return type.getSimpleName();
  }

  /**
   * What one check found.
   *
   * @param up whether the API answered that it is healthy
   * @param details what to show: the API's status and version, or what failed
   */
  public record Outcome(boolean up, Map<String, Object> details) {
    /** Copies the details. */
    public Outcome {
      details = Map.copyOf(details);
    }
  }
}
