package dev.gradiant.sdk.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code gradiant.observability.*} properties: switches for the observers that {@link
 * GradiantTracingAutoConfiguration} and {@link GradiantMetricsAutoConfiguration} add to the
 * auto-configured client when {@code gradiant-sdk-opentelemetry} or {@code gradiant-sdk-micrometer}
 * is on the class path.
 */
@ConfigurationProperties(prefix = "gradiant.observability")
public class GradiantObservabilityProperties {

  /** Traces of the client's calls (gradiant-sdk-opentelemetry). */
  private final Tracing tracing = new Tracing();

  /** Metrics of the client's calls (gradiant-sdk-micrometer). */
  private final Metrics metrics = new Metrics();

  /** Creates the default settings. */
  public GradiantObservabilityProperties() {}

  /** {@return the tracing settings} */
  public Tracing getTracing() {
    return tracing;
  }

  /** {@return the metrics settings} */
  public Metrics getMetrics() {
    return metrics;
  }

  /** The {@code gradiant.observability.tracing.*} properties. */
  public static class Tracing {

    /** Whether the client's calls are traced when there is an OpenTelemetry bean. */
    private boolean enabled = true;

    /** Creates the default settings. */
    public Tracing() {}

    /** {@return whether the calls are traced} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the calls are traced.
     *
     * @param enabled false to add no tracing observer
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** The {@code gradiant.observability.metrics.*} properties. */
  public static class Metrics {

    /** Whether the client's calls are measured when there is a MeterRegistry bean. */
    private boolean enabled = true;

    /** The value of the meters' "client" tag: a fixed name, never an id. */
    private String clientName = "default";

    /** Creates the default settings. */
    public Metrics() {}

    /** {@return whether the calls are measured} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether the calls are measured.
     *
     * @param enabled false to add no metrics observer
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** {@return the value of the meters' {@code client} tag} */
    public String getClientName() {
      return clientName;
    }

    /**
     * Sets the value of the meters' {@code client} tag.
     *
     * @param clientName a fixed name such as {@code billing}, not blank
     */
    public void setClientName(String clientName) {
      this.clientName = clientName;
    }
  }
}
