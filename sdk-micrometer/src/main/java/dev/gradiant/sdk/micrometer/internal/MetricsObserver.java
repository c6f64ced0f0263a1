package dev.gradiant.sdk.micrometer.internal;

import dev.gradiant.sdk.micrometer.GradiantMetrics;
import dev.gradiant.sdk.observability.AttemptResponse;
import dev.gradiant.sdk.observability.CallEnd;
import dev.gradiant.sdk.observability.CallObserver;
import dev.gradiant.sdk.observability.Operation;
import dev.gradiant.sdk.observability.RetryScheduled;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

/**
 * The meters of {@link GradiantMetrics}: a call's time on its end, a retry's count when it is
 * scheduled, the rate-limit budget of each answer that reports one. The gauge of its client name
 * ({@link RateLimitGauge}) reads the last budget of the observer of that name that reported last;
 * it holds observers weakly, so a client dropped stops being reported.
 */
public final class MetricsObserver implements CallObserver {
  private final MeterRegistry registry;
  private final Tags clientTags;
  private final RateLimitGauge gauge;
  private volatile double remaining = Double.NaN;

  /**
   * @param registry where the meters go
   * @param clientName the {@code client} tag's value
   */
  public MetricsObserver(MeterRegistry registry, String clientName) {
    this.registry = registry;
    this.clientTags = Tags.of("client", clientName);
    this.gauge = RateLimitGauge.of(registry, clientName, clientTags);
  }

  /** {@return the budget the last answer reported, or {@code NaN} before one did} */
  double remaining() {
    return remaining;
  }

  @Override
  public void onAttemptResponse(AttemptResponse event) {
    event
        .rateLimit()
        .ifPresent(
            budget -> {
              remaining = budget.remaining();
              gauge.reportedBy(this);
            });
  }

  @Override
  public void onRetryScheduled(RetryScheduled event) {
    Counter.builder(GradiantMetrics.RETRIES)
        .description("Retries of Gradiant API calls, by reason")
        .tags(operationTags(event.call().operation()))
        .tag("reason", event.reason().name())
        .register(registry)
        .increment();
  }

  @Override
  public void onCallEnd(CallEnd event) {
    Timer.builder(GradiantMetrics.REQUESTS)
        .description("Gradiant API calls, retries and waits included")
        .tags(operationTags(event.call().operation()))
        .tag("status", Outcome.statusClass(event))
        .tag("outcome", Outcome.of(event).name())
        .tag("exception", event.errorType().map(MetricsObserver::simpleName).orElse("none"))
        .register(registry)
        .record(event.duration());
  }

  private Tags operationTags(Operation operation) {
    return clientTags.and("operation", operation.operationId(), "method", operation.method());
  }

  private static String simpleName(Class<?> type) {
    String simple = type.getSimpleName();
    return simple.isEmpty()
        ? type.getName().substring(type.getName().lastIndexOf('.') + 1)
        : simple;
  }
}
