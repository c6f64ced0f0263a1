package dev.gradiant.sdk.micrometer.internal;

import dev.gradiant.sdk.micrometer.GradiantMetrics;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The rate-limit gauge of one client name in one registry, registered once: it reads the budget of
 * the observer of that name that reported one last, held weakly (a client dropped stops being
 * reported). A registry keeps the first gauge of a name and tags and ignores later registrations,
 * so a gauge bound to one observer would never follow a client built again under the same name.
 */
final class RateLimitGauge {
  // Registries are held weakly: a registry dropped takes its gauges with it.
  private static final Map<MeterRegistry, Map<String, RateLimitGauge>> GAUGES = new WeakHashMap<>();

  private volatile WeakReference<MetricsObserver> latest = new WeakReference<>(null);

  private RateLimitGauge() {}

  /** {@return the gauge of {@code clientTags} in {@code registry}, registered at the first call} */
  static RateLimitGauge of(MeterRegistry registry, String clientName, Tags clientTags) {
    synchronized (GAUGES) {
      return GAUGES
          .computeIfAbsent(registry, r -> new HashMap<>())
          .computeIfAbsent(clientName, name -> register(registry, clientTags));
    }
  }

  private static RateLimitGauge register(MeterRegistry registry, Tags clientTags) {
    RateLimitGauge gauge = new RateLimitGauge();
    Gauge.builder(GradiantMetrics.RATE_LIMIT_REMAINING, gauge, RateLimitGauge::value)
        .description("Requests left in the Gradiant API's rate-limit window")
        .baseUnit("requests")
        .tags(clientTags)
        .strongReference(true)
        .register(registry);
    return gauge;
  }

  /** {@code observer} reported a budget: the gauge reads its from now on. */
  void reportedBy(MetricsObserver observer) {
    if (latest.get() != observer) {
      latest = new WeakReference<>(observer);
    }
  }

  private double value() {
    MetricsObserver observer = latest.get();
    return observer == null ? Double.NaN : observer.remaining();
  }
}
